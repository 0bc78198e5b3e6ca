package cn.projectdesk.sync.bundle;

import cn.projectdesk.sync.protocol.Json;
import cn.projectdesk.sync.protocol.WireChange;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An air-gap bundle: one SQLite file (xerial sqlite-jdbc) with a {@code manifest} table and a
 * {@code change} table (one JSON change per row, in order), signed with the sender's key (ECDSA
 * SHA-256). Reading checks, before anything is applied: SQLite opens, the manifest is complete, the
 * number of rows and their SHA-256 match the manifest, and the signature matches the certificate in it.
 */
public final class BundleFile {
    private static final ObjectMapper JSON = Json.mapper();
    private static final ObjectReader CHANGE = JSON.readerFor(WireChange.class);

    private BundleFile() {
    }

    public record Contents(BundleManifest manifest, X509Certificate signer, List<WireChange> changes) {
    }

    public static void write(Path file, BundleManifest unsigned, List<WireChange> changes, PrivateKey key,
                             X509Certificate signer) throws IOException, GeneralSecurityException {
        // in parallel: the JSON of 100k changes is a fifth of an export, and the rest is one thread's SQLite work
        List<String> bodies = changes.parallelStream().map(BundleFile::body).toList();
        BundleManifest manifest = new BundleManifest(unsigned.kind(), unsigned.bundleId(), unsigned.nodeId(),
                unsigned.device(), unsigned.afterSeq(), unsigned.lastSeq(), unsigned.baseCursor(), unsigned.cursor(),
                unsigned.ackSeq(), bodies.size(), sha256(bodies), unsigned.createdAt(),
                Base64.getEncoder().encodeToString(signer.getEncoded()), null);
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(key);
        signature.update(manifest.canonical().getBytes(StandardCharsets.UTF_8));
        manifest = manifest.signed(Base64.getEncoder().encodeToString(signature.sign()));
        Path temp = file.resolveSibling(file.getFileName() + ".part");
        Files.deleteIfExists(temp);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + temp.toAbsolutePath())) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
                s.execute("CREATE TABLE change (ord INTEGER PRIMARY KEY, body TEXT NOT NULL)");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO manifest (key, value) VALUES (?, ?)")) {
                for (Map.Entry<String, String> e : manifest.asMap().entrySet()) {
                    insert.setString(1, e.getKey());
                    insert.setString(2, e.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO change (ord, body) VALUES (?, ?)")) {
                for (int i = 0; i < bodies.size(); i++) {
                    insert.setInt(1, i);
                    insert.setString(2, bodies.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IOException("cannot write the bundle " + file + ": " + e.getMessage(), e);
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Reads and checks a bundle; a bad one is refused with the reason. */
    public static Contents read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BundleRefusedException("no bundle file " + file);
        }
        Map<String, String> fields = new TreeMap<>();
        List<String> bodies = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro")) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT key, value FROM manifest")) {
                while (rs.next()) {
                    fields.put(rs.getString(1), rs.getString(2));
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT body FROM change ORDER BY ord")) {
                while (rs.next()) {
                    bodies.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new BundleRefusedException(file + " is not a readable bundle (truncated or not a ProjectDesk bundle): "
                    + e.getMessage(), e);
        }
        BundleManifest manifest = BundleManifest.fromMap(fields);
        if (bodies.size() != manifest.count()) {
            throw new BundleRefusedException(file + " is incomplete: the manifest lists " + manifest.count()
                    + " changes, the file holds " + bodies.size());
        }
        if (!sha256(bodies).equals(manifest.changesSha256())) {
            throw new BundleRefusedException(file + " was altered: its changes do not match the manifest's hash");
        }
        X509Certificate signer = certificate(manifest.certificate());
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initVerify(signer.getPublicKey());
            signature.update(manifest.canonical().getBytes(StandardCharsets.UTF_8));
            if (!signature.verify(Base64.getDecoder().decode(manifest.signature()))) {
                throw new BundleRefusedException(file + " is wrongly signed: the signature does not match its content");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new BundleRefusedException(file + " is wrongly signed: " + e.getMessage(), e);
        }
        // parsed in parallel (in order): nothing else runs while a bundle is read, and parsing is most of it
        List<WireChange> changes = bodies.parallelStream().map(body -> change(file, body)).toList();
        return new Contents(manifest, signer, changes);
    }

    private static String body(WireChange change) {
        try {
            return JSON.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change " + change.changeId() + " cannot be written as JSON", e);
        }
    }

    private static WireChange change(Path file, String body) {
        try {
            WireChange change = CHANGE.readValue(body);
            change.validate();
            return change;
        } catch (IOException | IllegalArgumentException e) {
            throw new BundleRefusedException(file + " holds an unreadable change: " + e.getMessage(), e);
        }
    }

    /** Checks that the signer's certificate was issued by the given CA and is valid now. */
    public static void requireIssuedBy(X509Certificate signer, PublicKey ca, String what) {
        try {
            signer.verify(ca);
            signer.checkValidity();
        } catch (GeneralSecurityException e) {
            throw new BundleRefusedException(what + " is signed by a certificate not issued by this CA (foreign or "
                    + "expired): " + e.getMessage(), e);
        }
    }

    private static X509Certificate certificate(String base64) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            throw new BundleRefusedException("the bundle's signer certificate is unreadable", e);
        }
    }

    private static String sha256(List<String> bodies) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String body : bodies) {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                digest.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
