package cn.projectdesk.app.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.sync.client.SyncCancelledException;
import cn.projectdesk.sync.client.SyncRefusedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** Each way a join fails gets its own advice (the UI test sees the wrong password, refusal, no users and unreachable). */
class JoinFailureTextTest {
    private static final String SERVER = "https://hq.example.gov.cn:8443";
    private final JoinFailureText en = new JoinFailureText(Messages.of(Language.ENGLISH));
    private final JoinFailureText zh = new JoinFailureText(Messages.of(Language.CHINESE));

    @Test
    void unreachableIsFoundInsideTheCauseChain() {
        assertThat(en.describe(new IOException("wrapped", new ConnectException("Connection refused")), SERVER).orElseThrow())
                .startsWith("The server " + SERVER + " cannot be reached.").endsWith("press \"Join and sync\" to try again.");
        assertThat(zh.describe(new HttpConnectTimeoutException("timed out"), SERVER).orElseThrow())
                .startsWith("无法连接服务器 " + SERVER);
    }

    @Test
    void refusalTlsAndBrokenConnectionsSayWhatToDo() {
        assertThat(en.describe(new SyncRefusedException(403, "revoked: device ks1 is revoked"), SERVER).orElseThrow())
                .contains("refused the certificate of this computer").contains("revoked: device ks1 is revoked");
        assertThat(en.describe(new SSLHandshakeException("bad_certificate"), SERVER).orElseThrow())
                .startsWith("The secure connection to the server failed").contains("bad_certificate");
        assertThat(zh.describe(new IOException("stream closed"), SERVER).orElseThrow()).startsWith("与总部的连接中断：stream closed");
    }

    @Test
    void aCancelledJoinNeedsNoDialog() {
        assertThat(en.describe(new SyncCancelledException("cancelled while waiting for the server"), SERVER)).isEmpty();
    }
}
