package cn.projectdesk.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.domain.ValidationException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enrolling a second factor, logging in with it, replays, lockout, and what password changes do to it. */
class TotpLoginTest {
    @TempDir
    static Path dir;
    static CoreServices core;
    static final Moving CLOCK = new Moving(Instant.parse("2026-11-22T02:00:00Z"));
    static AuthenticationService auth;
    static TotpService totp;

    /** A clock the test moves. */
    static final class Moving extends Clock {
        Instant now;

        Moving(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir);
        auth = new AuthenticationService(core.database(), CLOCK);
        totp = new TotpService(core.database(), CLOCK);
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    private static byte[] decode(String base32) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        byte[] out = new byte[base32.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (char c : base32.toCharArray()) {
            buffer = buffer << 5 | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out[n++] = (byte) (buffer >>> bits - 8);
                bits -= 8;
            }
        }
        return out;
    }

    private static String codeNow(byte[] secret) {
        return Totp.code(secret, Totp.step(CLOCK.now), Totp.DIGITS, Totp.SHA1);
    }

    private static LoginFailedException.Reason failure(String user, String password, String code) {
        try {
            auth.login(user, password.toCharArray(), code);
            return null;
        } catch (LoginFailedException e) {
            return e.reason();
        }
    }

    @Test
    void enrolConfirmThenEveryLoginNeedsAFreshCode() {
        UserSession lina = auth.login("lina", "Demo2026".toCharArray());
        assertThatThrownBy(() -> totp.enrol(lina, "wrong".toCharArray())).isInstanceOf(ValidationException.class);
        TotpService.TotpSetup setup = totp.enrol(lina, "Demo2026".toCharArray());
        assertThat(setup.otpauthUri()).startsWith("otpauth://totp/ProjectDesk%3Alina?secret=" + setup.secret())
                .contains("issuer=ProjectDesk", "digits=6", "period=30");
        byte[] secret = decode(setup.secret());
        assertThat(secret).hasSize(20);
        assertThat(totp.isEnabled(lina)).isFalse();
        assertThat(failure("lina", "Demo2026", null)).as("not required before confirmation").isNull();

        assertThatThrownBy(() -> totp.confirm(lina, "Demo2026".toCharArray(), "000000".equals(codeNow(secret))
                ? "111111" : "000000")).isInstanceOf(ValidationException.class);
        totp.confirm(lina, "Demo2026".toCharArray(), codeNow(secret));
        assertThat(totp.isEnabled(lina)).isTrue();

        CLOCK.now = CLOCK.now.plus(Duration.ofSeconds(30));
        assertThat(failure("lina", "Demo2026", null)).isEqualTo(LoginFailedException.Reason.SECOND_FACTOR_REQUIRED);
        String code = codeNow(secret);
        assertThat(auth.login("lina", "Demo2026".toCharArray(), code).username()).isEqualTo("lina");
        assertThat(failure("lina", "Demo2026", code)).as("a code works once").isEqualTo(
                LoginFailedException.Reason.BAD_SECOND_FACTOR);
        assertThat(failure("lina", "Wrong2026", codeNow(secret))).isEqualTo(LoginFailedException.Reason.BAD_CREDENTIALS);

        // the user changes the password: the secret is sealed again and keeps working
        core.users().changeOwnPassword(lina, "Demo2026".toCharArray(), "Neue2026pw".toCharArray());
        CLOCK.now = CLOCK.now.plus(Duration.ofSeconds(30));
        assertThat(auth.login("lina", "Neue2026pw".toCharArray(), codeNow(secret)).username()).isEqualTo("lina");

        // an administrator resets it (lost password): the second factor must be enrolled again
        UserSession admin = auth.login("admin", TestFolders.ADMIN_PASSWORD.clone());
        core.users().resetPassword(admin, lina.userId(), "Demo2026".toCharArray());
        assertThat(failure("lina", "Demo2026", null)).isNull();
    }

    @Test
    void wrongCodesCountTowardsTheLockoutAndAdministratorsCanTurnTheFactorOff() {
        UserSession wang = auth.login("wangqiang", "Demo2026".toCharArray());
        byte[] secret = decode(totp.enrol(wang, "Demo2026".toCharArray()).secret());
        totp.confirm(wang, "Demo2026".toCharArray(), codeNow(secret));
        CLOCK.now = CLOCK.now.plus(Duration.ofMinutes(1));
        String wrong = "000000".equals(codeNow(secret)) ? "111111" : "000000";
        for (int i = 0; i < AuthenticationService.MAX_FAILED_LOGINS - 1; i++) {
            assertThat(failure("wangqiang", "Demo2026", wrong)).isEqualTo(LoginFailedException.Reason.BAD_SECOND_FACTOR);
        }
        assertThat(failure("wangqiang", "Demo2026", wrong)).isEqualTo(LoginFailedException.Reason.LOCKED);
        assertThat(failure("wangqiang", "Demo2026", codeNow(secret))).isEqualTo(LoginFailedException.Reason.LOCKED);

        UserSession officer = auth.login("zhangwei", "Demo2026".toCharArray());
        assertThatThrownBy(() -> totp.disable(officer, "wangqiang")).isInstanceOf(AccessDeniedException.class);
        UserSession admin = auth.login("admin", TestFolders.ADMIN_PASSWORD.clone());
        totp.disable(admin, "wangqiang");
        CLOCK.now = CLOCK.now.plus(AuthenticationService.LOCK_DURATION);
        assertThat(failure("wangqiang", "Demo2026", null)).isNull();
        assertThat(core.audit().verify(auth.login("zhaomin", "Demo2026".toCharArray())).intact()).isTrue();
    }

    @Test
    void theIdleLockAcceptsOnlyThePasswordAndCountsFailures() {
        UserSession chen = auth.login("chenjing", "Demo2026".toCharArray());
        auth.confirmPassword(chen, "Demo2026".toCharArray());
        assertThatThrownBy(() -> auth.confirmPassword(chen, "nope".toCharArray())).isInstanceOf(LoginFailedException.class);
        core.database().read(s -> {
            AppUser u = s.get(AppUser.class, chen.userId());
            assertThat(u.getFailedLogins()).isEqualTo(1);
            return null;
        });
        auth.confirmPassword(chen, "Demo2026".toCharArray());
    }
}
