package cn.projectdesk.sync.client;

import cn.projectdesk.sync.protocol.ErrorResponse;
import cn.projectdesk.sync.protocol.Json;
import cn.projectdesk.sync.protocol.PullResponse;
import cn.projectdesk.sync.protocol.PushRequest;
import cn.projectdesk.sync.protocol.PushResponse;
import cn.projectdesk.sync.protocol.WireChange;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * HTTPS to the HQ server with the device certificate (mutual TLS 1.3). The server is trusted only if
 * its certificate was issued by the CA that issued ours (the CA certificate travels in the .p12).
 */
public final class SyncClient implements SyncTransport {
    private final URI server;
    private final HttpClient http;
    private final ObjectMapper json = Json.mapper();

    public SyncClient(URI server, Path deviceP12, char[] password) throws IOException, GeneralSecurityException {
        this.server = server;
        SSLParameters parameters = new SSLParameters();
        parameters.setProtocols(new String[]{"TLSv1.3"});
        this.http = HttpClient.newBuilder().sslContext(tlsContext(deviceP12, password)).sslParameters(parameters)
                .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** TLS 1.3 with the device key, trusting only the CA that issued it. */
    public static SSLContext tlsContext(Path deviceP12, char[] password) throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(deviceP12)) {
            keys.load(in, password);
        }
        String alias = keys.aliases().nextElement();
        Certificate[] chain = keys.getCertificateChain(alias);
        if (chain == null || chain.length < 2) {
            throw new GeneralSecurityException(deviceP12 + " holds no device certificate with its CA");
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", chain[chain.length - 1]);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext tls = SSLContext.getInstance("TLSv1.3");
        tls.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return tls;
    }

    public Map<?, ?> hello() throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(server.resolve("/api/v1/hello")).GET(), Map.class);
    }

    /** The certificate the server presented in the TLS handshake (already checked against our CA). */
    public java.security.cert.X509Certificate serverCertificate() throws IOException, InterruptedException {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(server.resolve("/health"))
                .timeout(Duration.ofMinutes(1)).GET().build(), HttpResponse.BodyHandlers.discarding());
        try {
            Certificate[] chain = response.sslSession().orElseThrow(() -> new IOException("no TLS session with " + server))
                    .getPeerCertificates();
            return (java.security.cert.X509Certificate) chain[0];
        } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
            throw new IOException("the server " + server + " presented no certificate", e);
        }
    }

    @Override
    public PushResponse push(String nodeId, long throughSeq, List<WireChange> changes) throws IOException, InterruptedException {
        byte[] body = json.writeValueAsBytes(new PushRequest(nodeId, throughSeq, changes));
        return send(HttpRequest.newBuilder(server.resolve("/api/v1/push"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), PushResponse.class);
    }

    @Override
    public PullResponse pull(long after, int limit) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(server.resolve("/api/v1/pull?after=" + after + "&limit=" + limit)).GET(),
                PullResponse.class);
    }

    private <T> T send(HttpRequest.Builder request, Class<T> type) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            String reason;
            try {
                ErrorResponse error = json.readValue(response.body(), ErrorResponse.class);
                reason = error.error() + ": " + error.reason();
            } catch (IOException e) {
                reason = "HTTP " + response.statusCode();
            }
            throw new SyncRefusedException(response.statusCode(), reason);
        }
        return json.readValue(response.body(), type);
    }
}
