package cn.projectdesk.core.security;

import java.time.Instant;
import java.util.Optional;
import org.hibernate.Session;

/** The second-factor steps that run inside other security transactions (login, password changes). */
final class SecondFactor {
    private SecondFactor() {
    }

    static Optional<TotpEnrolment> of(Session s, AppUser user) {
        return s.createSelectionQuery("from TotpEnrolment where user = :u and deleted = false", TotpEnrolment.class)
                .setParameter("u", user).getResultList().stream().findFirst();
    }

    static Optional<TotpEnrolment> enabled(Session s, AppUser user) {
        return of(s, user).filter(TotpEnrolment::isEnabled);
    }

    /** Whether the typed code is right for the user's secret now, and not used before (then it is used up). */
    static boolean accept(TotpEnrolment enrolment, char[] password, String code, Instant now) {
        long step = TotpSecretBox.open(enrolment.getSealedSecret(), password)
                .map(secret -> Totp.matchingStep(secret, code, now)).orElse(-1L);
        return step >= 0 && enrolment.use(step);
    }

    /** The user changed their own password: seal the secret again under the new one. */
    static void reseal(Session s, AppUser user, char[] current, char[] newPassword) {
        of(s, user).ifPresent(e -> TotpSecretBox.open(e.getSealedSecret(), current).ifPresentOrElse(
                secret -> e.reseal(TotpSecretBox.seal(secret, newPassword)), e::markDeleted));
    }

    /** An administrator reset the password: the sealed secret can no longer be opened, so enrol again. */
    static void drop(Session s, AppUser user) {
        of(s, user).ifPresent(TotpEnrolment::markDeleted);
    }
}
