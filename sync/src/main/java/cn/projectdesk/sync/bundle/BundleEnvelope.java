package cn.projectdesk.sync.bundle;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataParser;
import org.bouncycastle.cms.CMSEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.KeyAgreeRecipientId;
import org.bouncycastle.cms.RecipientId;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientId;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * A bundle encrypted to its receiver (ADR 25): the signed SQLite file inside a CMS EnvelopedData
 * (RFC 5652) for the receiver's certificate: ECDH (ephemeral-static, P-256, KDF SHA-256) wraps an AES-256
 * key with AES key wrap, and the file is AES-256-CBC encrypted. Integrity stays where it was: the
 * signature inside the SQLite file (a ciphertext altered on the way decrypts to a file that fails
 * that check or does not open). A sealed file is told from a plain one by its first bytes: SQLite files
 * start with "SQLite format 3".
 */
public final class BundleEnvelope {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private BundleEnvelope() {
    }

    /** Encrypts {@code plain} to the recipient's certificate into {@code target} (written whole, then moved in place). */
    public static void seal(Path plain, Path target, X509Certificate recipient) throws IOException, GeneralSecurityException {
        KeyPairGenerator ephemeral = KeyPairGenerator.getInstance("EC", BC);
        ephemeral.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        var keys = ephemeral.generateKeyPair();
        CMSEnvelopedDataStreamGenerator generator = new CMSEnvelopedDataStreamGenerator();
        generator.addRecipientInfoGenerator(new JceKeyAgreeRecipientInfoGenerator(CMSAlgorithm.ECDH_SHA256KDF,
                keys.getPrivate(), keys.getPublic(), CMSAlgorithm.AES256_WRAP).addRecipient(recipient).setProvider(BC));
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp));
             OutputStream sealed = generator.open(file, new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC)
                     .setProvider(BC).build());
             InputStream in = Files.newInputStream(plain)) {
            in.transferTo(sealed);
        } catch (CMSException e) {
            throw new GeneralSecurityException("cannot encrypt the bundle to " + recipient.getSubjectX500Principal()
                    + ": " + e.getMessage(), e);
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Whether the file is an encrypted bundle (anything that is not a plain SQLite file is treated as one). */
    public static boolean sealed(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            return head.length > 0 && !Arrays.equals(head, SQLITE_MAGIC);
        }
    }

    /**
     * Decrypts a sealed bundle with the receiver's key into {@code plain}. A bundle encrypted to someone
     * else is refused naming the certificate(s) it was encrypted to; a damaged envelope is refused too.
     */
    public static void open(Path sealedFile, Path plain, PrivateKey key, X509Certificate own, String who) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(sealedFile))) {
            CMSEnvelopedDataParser parser = new CMSEnvelopedDataParser(in);
            RecipientId mine = new JceKeyAgreeRecipientId(own);
            RecipientInformation recipient = parser.getRecipientInfos().get(mine);
            if (recipient == null) {
                throw new BundleRefusedException(sealedFile + " is encrypted to another recipient (" + recipients(parser)
                        + "), not to " + who + " (certificate serial " + own.getSerialNumber().toString(16) + ", "
                        + own.getSubjectX500Principal().getName() + "): it cannot be read here");
            }
            try (InputStream content = recipient.getContentStream(new JceKeyAgreeEnvelopedRecipient(key).setProvider(BC))
                    .getContentStream(); OutputStream out = Files.newOutputStream(plain)) {
                content.transferTo(out);
            }
        } catch (CMSException | IOException | RuntimeException e) {
            if (e instanceof BundleRefusedException refused) {
                throw refused;
            }
            throw new BundleRefusedException(sealedFile + " is neither a bundle nor an encrypted bundle that "
                    + who + " can open (damaged or truncated): " + e.getMessage(), e);
        }
    }

    private static String recipients(CMSEnvelopedDataParser parser) {
        List<String> names = new ArrayList<>();
        for (RecipientInformation r : parser.getRecipientInfos()) {
            if (r.getRID() instanceof KeyAgreeRecipientId id && id.getSerialNumber() != null) {
                names.add("certificate serial " + id.getSerialNumber().toString(16) + " issued by " + id.getIssuer());
            } else {
                names.add(String.valueOf(r.getRID()));
            }
        }
        return String.join("; ", names);
    }
}
