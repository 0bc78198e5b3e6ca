package cn.projectdesk.sync.server;

import cn.projectdesk.sync.protocol.ErrorResponse;
import cn.projectdesk.sync.protocol.Json;
import cn.projectdesk.sync.protocol.PullResponse;
import cn.projectdesk.sync.protocol.PushRequest;
import cn.projectdesk.sync.protocol.PushResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTPS API. TLS has already checked the device certificate against the CA; here the certificate's
 * serial must be a device issued and not revoked. Routes: GET /health, GET /metrics, GET /api/v1/hello,
 * POST /api/v1/push, GET /api/v1/pull?after=SEQ&amp;limit=N. Every refusal is JSON {error, reason}.
 */
final class ApiHandler extends Handler.Abstract.NonBlocking {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private final ServerLedger ledger;
    private final ServerSettings settings;
    private final RateLimiter limiter;
    private final ServerMetrics metrics;
    private final ObjectMapper json = Json.mapper();

    ApiHandler(ServerLedger ledger, ServerSettings settings, RateLimiter limiter, ServerMetrics metrics) {
        this.ledger = ledger;
        this.settings = settings;
        this.limiter = limiter;
        this.metrics = metrics;
    }

    @Override
    public InvocationType getInvocationType() {
        return InvocationType.BLOCKING;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        long started = System.nanoTime();
        int status;
        String device = "-";
        try {
            DeviceIdentity identity = identify(request);
            device = identity.name();
            if (!limiter.tryAcquire(identity.serial())) {
                throw new RefusedException(429, "rate_limited", "too many requests from device " + identity.name());
            }
            Object body = route(request, path, identity);
            status = 200;
            if (body instanceof String text) {
                send(response, callback, 200, "text/plain; version=0.0.4", text.getBytes(StandardCharsets.UTF_8));
            } else {
                send(response, callback, 200, "application/json", json.writeValueAsBytes(body));
            }
        } catch (RefusedException e) {
            status = e.status();
            metrics.add("refused_total", 1);
            refuse(response, callback, e.status(), e.error(), e.getMessage());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            status = 400;
            metrics.add("refused_total", 1);
            refuse(response, callback, 400, "bad_request", e.getMessage());
        } catch (RuntimeException | IOException e) {
            status = 500;
            LOG.error("event=request_failed path={} device={}", path, device, e);
            refuse(response, callback, 500, "server_error", "the server could not process the request");
        }
        LOG.info("event=request method={} path={} device={} status={} ms={}", request.getMethod(), path, device, status,
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private Object route(Request request, String path, DeviceIdentity device) throws IOException {
        String method = request.getMethod();
        switch (path) {
            case "/health" -> {
                return Map.of("status", ledger.store().healthy() ? "UP" : "DOWN");
            }
            case "/metrics" -> {
                return metrics.prometheus();
            }
            case "/api/v1/hello" -> {
                return Map.of("device", device.name(), "orgUnit", device.orgUnitCode(),
                        "headquarters", device.headquarters());
            }
            case "/api/v1/push" -> {
                requireMethod(method, "POST");
                PushRequest push = json.readValue(readLimited(request), PushRequest.class);
                if (push.changes() == null || push.changes().size() > settings.maxBatch()) {
                    throw new IllegalArgumentException("a batch holds 1 to " + settings.maxBatch() + " changes");
                }
                PushResponse result = ledger.push(device, push.changes(), c -> ServerLedger.acknowledge(c, device, push.throughSeq()));
                metrics.add("pushed_changes_total", result.accepted());
                metrics.add("duplicate_changes_total", result.duplicates());
                return result;
            }
            case "/api/v1/pull" -> {
                requireMethod(method, "GET");
                Fields query = Request.extractQueryParameters(request);
                long after = Long.parseLong(query.getValue("after") == null ? "0" : query.getValue("after"));
                int limit = Math.min(settings.maxBatch(),
                        Integer.parseInt(query.getValue("limit") == null ? "1000" : query.getValue("limit")));
                PullResponse result = ledger.pull(device, after, Math.max(1, limit));
                metrics.add("pulled_changes_total", result.changes().size());
                return result;
            }
            default -> throw new RefusedException(404, "not_found", "no such endpoint: " + path);
        }
    }

    private DeviceIdentity identify(Request request) {
        EndPoint.SslSessionData ssl = (EndPoint.SslSessionData) request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE);
        X509Certificate[] chain = ssl == null ? null : ssl.peerCertificates();
        if (chain == null || chain.length == 0) {
            throw new RefusedException(401, "no_certificate", "a device certificate is required");
        }
        return ledger.device(DeviceCa.serialText(chain[0]));
    }

    private byte[] readLimited(Request request) throws IOException {
        long declared = request.getLength();
        if (declared > settings.maxRequestBytes()) {
            throw new RefusedException(413, "too_large", "request of " + declared + " bytes exceeds the limit of "
                    + settings.maxRequestBytes());
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxRequestBytes() + 1));
            if (body.length > settings.maxRequestBytes()) {
                throw new RefusedException(413, "too_large", "request exceeds the limit of " + settings.maxRequestBytes()
                        + " bytes");
            }
            return body;
        }
    }

    private static void requireMethod(String method, String expected) {
        if (!expected.equals(method)) {
            throw new RefusedException(405, "method_not_allowed", "use " + expected);
        }
    }

    private void refuse(Response response, Callback callback, int status, String error, String reason) {
        try {
            send(response, callback, status, "application/json", json.writeValueAsBytes(new ErrorResponse(error, reason)));
        } catch (JsonProcessingException e) {
            callback.failed(e);
        }
    }

    private static void send(Response response, Callback callback, int status, String type, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, Long.toString(body.length));
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
