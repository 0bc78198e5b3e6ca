package cn.projectdesk.sync.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * What a device certificate file holds, checked before it is kept: that the password opens it, that it is
 * a device certificate of a headquarters CA (key, client-authentication use, the CA in the chain, not a
 * CA itself) and that it is valid now. Each refusal names one {@link Problem}, so the app can say what
 * to do about it (ask headquarters for a new file, type the password again).
 */
public record DeviceCertificate(String device, String orgUnit, String issuer, Instant notBefore, Instant notAfter) {
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

    public enum Problem { UNREADABLE, NOT_PKCS12, WRONG_PASSWORD, NOT_DEVICE, EXPIRED, NOT_YET_VALID }

    /** The file cannot be used as this node's device certificate; {@link #problem()} says why. */
    public static final class InvalidException extends IllegalArgumentException {
        private final Problem problem;

        InvalidException(Problem problem, String message, Throwable cause) {
            super(message, cause);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    public static DeviceCertificate inspect(Path p12, char[] password, Instant now) {
        if (!Files.isReadable(p12) || Files.isDirectory(p12)) {
            throw new InvalidException(Problem.UNREADABLE, "cannot read the device certificate " + p12, null);
        }
        KeyStore store = load(p12, password);
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    store.getKey(alias, password);
                    return of(p12, store.getCertificateChain(alias), now);
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw new InvalidException(Problem.WRONG_PASSWORD, "the password does not open the key in " + p12, e);
        } catch (GeneralSecurityException e) {
            throw new InvalidException(Problem.NOT_DEVICE, p12 + " holds no usable key: " + e.getMessage(), e);
        }
        throw new InvalidException(Problem.NOT_DEVICE, p12 + " holds no private key: not a device certificate", null);
    }

    private static KeyStore load(Path p12, char[] password) {
        try (InputStream in = Files.newInputStream(p12)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new InvalidException(Problem.WRONG_PASSWORD, "the password does not open " + p12, e);
            }
            throw new InvalidException(Problem.NOT_PKCS12, p12 + " is not a PKCS#12 (.p12) file: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new InvalidException(Problem.NOT_PKCS12, p12 + " is not a PKCS#12 (.p12) file: " + e.getMessage(), e);
        }
    }

    private static DeviceCertificate of(Path p12, Certificate[] chain, Instant now) {
        if (chain == null || chain.length < 2 || !(chain[0] instanceof X509Certificate cert)) {
            throw new InvalidException(Problem.NOT_DEVICE, p12 + " holds no device certificate with its CA", null);
        }
        if (cert.getBasicConstraints() >= 0 || !clientAuth(cert)) {
            throw new InvalidException(Problem.NOT_DEVICE, p12 + " holds a certificate that is not for a device", null);
        }
        Instant notBefore = cert.getNotBefore().toInstant();
        Instant notAfter = cert.getNotAfter().toInstant();
        if (now.isAfter(notAfter)) {
            throw new InvalidException(Problem.EXPIRED, "the device certificate in " + p12 + " expired on " + notAfter, null);
        }
        if (now.isBefore(notBefore)) {
            throw new InvalidException(Problem.NOT_YET_VALID, "the device certificate in " + p12 + " is valid only from "
                    + notBefore, null);
        }
        String subject = cert.getSubjectX500Principal().getName();
        return new DeviceCertificate(rdn(subject, "CN"), rdn(subject, "OU"),
                ((X509Certificate) chain[chain.length - 1]).getSubjectX500Principal().getName(), notBefore, notAfter);
    }

    private static boolean clientAuth(X509Certificate cert) {
        try {
            List<String> uses = cert.getExtendedKeyUsage();
            return uses == null || uses.contains(CLIENT_AUTH);
        } catch (CertificateParsingException e) {
            return false;
        }
    }

    private static String rdn(String name, String type) {
        try {
            for (Rdn rdn : new LdapName(name).getRdns()) {
                if (rdn.getType().equalsIgnoreCase(type)) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            return "";
        }
        return "";
    }
}
