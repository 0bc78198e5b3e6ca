package cn.projectdesk.sync.bundle;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a bundle says about itself. {@code UP}: a node's changes after {@code afterSeq} up to
 * {@code lastSeq} (its change-log seqs) and the server cursor it had seen. {@code REPLY}: headquarters'
 * changes for that node after {@code baseCursor} up to {@code cursor}, acknowledging the node's changes
 * up to {@code ackSeq}. The signature covers every other field; the changes hash covers every row.
 */
public record BundleManifest(String kind, String bundleId, String nodeId, String device, long afterSeq, long lastSeq,
                             long baseCursor, long cursor, long ackSeq, int count, String changesSha256,
                             String createdAt, String certificate, String signature) {
    public static final String FORMAT = "projectdesk-bundle/1";
    public static final String UP = "UP";
    public static final String REPLY = "REPLY";

    /** The signed text: every field but the signature, one "key=value" line each, in key order. */
    public String canonical() {
        Map<String, String> fields = new TreeMap<>(asMap());
        fields.remove("signature");
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        return out.toString();
    }

    public Map<String, String> asMap() {
        Map<String, String> m = new TreeMap<>();
        m.put("format", FORMAT);
        m.put("kind", kind);
        m.put("bundleId", bundleId);
        m.put("nodeId", nodeId);
        m.put("device", device);
        m.put("afterSeq", Long.toString(afterSeq));
        m.put("lastSeq", Long.toString(lastSeq));
        m.put("baseCursor", Long.toString(baseCursor));
        m.put("cursor", Long.toString(cursor));
        m.put("ackSeq", Long.toString(ackSeq));
        m.put("count", Integer.toString(count));
        m.put("changesSha256", changesSha256);
        m.put("createdAt", createdAt);
        m.put("certificate", certificate);
        m.put("signature", signature == null ? "" : signature);
        return m;
    }

    public static BundleManifest fromMap(Map<String, String> m) {
        if (!FORMAT.equals(m.get("format"))) {
            throw new BundleRefusedException("not a ProjectDesk bundle (format " + m.get("format") + ")");
        }
        try {
            return new BundleManifest(m.get("kind"), m.get("bundleId"), m.get("nodeId"), m.get("device"),
                    Long.parseLong(m.get("afterSeq")), Long.parseLong(m.get("lastSeq")), Long.parseLong(m.get("baseCursor")),
                    Long.parseLong(m.get("cursor")), Long.parseLong(m.get("ackSeq")), Integer.parseInt(m.get("count")),
                    m.get("changesSha256"), m.get("createdAt"), m.get("certificate"), m.get("signature"));
        } catch (RuntimeException e) {
            throw new BundleRefusedException("the bundle's manifest is incomplete or garbled: " + e.getMessage());
        }
    }

    public BundleManifest signed(String signature) {
        return new BundleManifest(kind, bundleId, nodeId, device, afterSeq, lastSeq, baseCursor, cursor, ackSeq, count,
                changesSha256, createdAt, certificate, signature);
    }
}
