package cn.projectdesk.sync.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The server's own certificate authority (ECDSA P-256 / SHA-256, the default crypto profile): it signs
 * the server's TLS certificate and one certificate per device. Its files live in {@code DATA/ca}; the
 * keystore password is generated once into {@code ca.pass} (owner-only), never typed.
 */
public final class DeviceCa {
    public static final String CA_ALIAS = "ca";
    public static final String SERVER_ALIAS = "server";
    public static final String DEVICE_ALIAS = "device";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;

    public DeviceCa(Path dataDir) {
        this.dir = dataDir.resolve("ca");
    }

    public boolean exists() {
        return Files.exists(dir.resolve("ca.p12"));
    }

    /** Creates the CA and the server's TLS certificate for the given host names and addresses. */
    public void init(List<String> hosts, Duration validity) throws IOException, GeneralSecurityException {
        if (exists()) {
            throw new IllegalStateException("a CA already exists in " + dir + "; it is never replaced silently");
        }
        Files.createDirectories(dir);
        char[] password = newPassword();
        Files.writeString(dir.resolve("ca.pass"), new String(password));
        restrict(dir.resolve("ca.pass"));
        KeyPair caKeys = keyPair();
        X500Name caName = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "ProjectDesk")
                .addRDN(BCStyle.CN, "ProjectDesk HQ CA").build();
        Instant now = Instant.now();
        X509v3CertificateBuilder ca = new JcaX509v3CertificateBuilder(caName, serial(), Date.from(now.minusSeconds(300)),
                Date.from(now.plus(Duration.ofDays(3650))), caName, caKeys.getPublic());
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        ca.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
        ca.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        ca.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(caKeys.getPublic()));
        X509Certificate caCert = sign(ca, caKeys.getPrivate());
        save(dir.resolve("ca.p12"), CA_ALIAS, caKeys.getPrivate(), new Certificate[]{caCert}, password);

        KeyPair serverKeys = keyPair();
        X500Name serverName = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "ProjectDesk")
                .addRDN(BCStyle.CN, hosts.get(0)).build();
        X509v3CertificateBuilder server = new JcaX509v3CertificateBuilder(caCert, serial(), Date.from(now.minusSeconds(300)),
                Date.from(now.plus(validity)), serverName, serverKeys.getPublic());
        List<GeneralName> names = new ArrayList<>();
        for (String host : hosts) {
            boolean address = host.matches("[0-9.]+") || host.contains(":");
            names.add(address ? new GeneralName(GeneralName.iPAddress, InetAddress.getByName(host).getHostAddress())
                    : new GeneralName(GeneralName.dNSName, host));
        }
        server.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names.toArray(GeneralName[]::new)));
        server.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        server.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        X509Certificate serverCert = sign(server, caKeys.getPrivate());
        save(dir.resolve("server.p12"), SERVER_ALIAS, serverKeys.getPrivate(), new Certificate[]{serverCert, caCert}, password);
        writeServerCertificate(serverCert);
    }

    /** The server certificate as PEM (public): air-gapped offices encrypt their bundles to it (ADR 25). */
    public Path serverCertificateFile() {
        return dir.resolve("server.crt");
    }

    private void writeServerCertificate(X509Certificate cert) throws IOException, GeneralSecurityException {
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(cert.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        Files.writeString(serverCertificateFile(), pem);
    }

    /** A device certificate (CN = name, OU = org unit code) in a PKCS#12 file the client imports. */
    public X509Certificate issueDevice(String name, String orgUnitCode, Path to, char[] filePassword, Duration validity)
            throws IOException, GeneralSecurityException {
        KeyStore caStore = load(dir.resolve("ca.p12"));
        PrivateKey caKey = (PrivateKey) caStore.getKey(CA_ALIAS, password());
        X509Certificate caCert = (X509Certificate) caStore.getCertificate(CA_ALIAS);
        KeyPair keys = keyPair();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "ProjectDesk")
                .addRDN(BCStyle.OU, orgUnitCode).addRDN(BCStyle.CN, name).build();
        Instant now = Instant.now();
        X509v3CertificateBuilder device = new JcaX509v3CertificateBuilder(caCert, serial(), Date.from(now.minusSeconds(300)),
                Date.from(now.plus(validity)), subject, keys.getPublic());
        device.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
        device.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        device.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement));
        X509Certificate cert = sign(device, caKey);
        save(to, DEVICE_ALIAS, keys.getPrivate(), new Certificate[]{cert, caCert}, filePassword);
        return cert;
    }

    public KeyStore serverKeyStore() throws IOException, GeneralSecurityException {
        return load(dir.resolve("server.p12"));
    }

    public KeyStore trustStore() throws IOException, GeneralSecurityException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry(CA_ALIAS, load(dir.resolve("ca.p12")).getCertificate(CA_ALIAS));
        return trust;
    }

    public char[] password() throws IOException {
        if (!exists()) {
            throw new IllegalStateException("no CA in " + dir + ": run 'projectdesk-server ca init' first");
        }
        return Files.readString(dir.resolve("ca.pass")).strip().toCharArray();
    }

    public static String serialText(X509Certificate cert) {
        return cert.getSerialNumber().toString(16);
    }

    private KeyStore load(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password());
        }
        return store;
    }

    private static void save(Path file, String alias, PrivateKey key, Certificate[] chain, char[] password)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, key, password, chain);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
        restrict(file);
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Windows: the data folder's ACL applies
        }
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) throws GeneralSecurityException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(key);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign a certificate: " + e.getMessage(), e);
        }
    }

    private static BigInteger serial() {
        return new BigInteger(96, RANDOM).setBit(95);
    }

    private static char[] newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }
}
