package cn.projectdesk.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RFC 6238 Appendix B test vectors, RFC 4648 base 32, and the sealed secret. */
class TotpTest {
    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY = ("1234567890123456789012345678901234567890123456789012345678901234")
            .getBytes(StandardCharsets.US_ASCII);

    private static String at(long seconds, byte[] key, String algorithm) {
        return Totp.code(key, Totp.step(Instant.ofEpochSecond(seconds)), 8, algorithm);
    }

    @Test
    void rfc6238Vectors() {
        long[] times = {59L, 1111111109L, 1111111111L, 1234567890L, 2000000000L, 20000000000L};
        String[] sha1 = {"94287082", "07081804", "14050471", "89005924", "69279037", "65353130"};
        String[] sha256 = {"46119246", "68084774", "67062674", "91819424", "90698825", "77737706"};
        String[] sha512 = {"90693936", "25091201", "99943326", "93441116", "38618901", "47863826"};
        for (int i = 0; i < times.length; i++) {
            assertThat(at(times[i], SHA1_KEY, "HmacSHA1")).as("SHA1 at " + times[i]).isEqualTo(sha1[i]);
            assertThat(at(times[i], SHA256_KEY, "HmacSHA256")).as("SHA256 at " + times[i]).isEqualTo(sha256[i]);
            assertThat(at(times[i], SHA512_KEY, "HmacSHA512")).as("SHA512 at " + times[i]).isEqualTo(sha512[i]);
        }
    }

    @Test
    void sixDigitCodesAreAcceptedOneStepEitherSideOnly() {
        Instant now = Instant.ofEpochSecond(1111111111L);
        long step = Totp.step(now);
        String current = Totp.code(SHA1_KEY, step, 6, Totp.SHA1);
        assertThat(current).isEqualTo("050471"); // the RFC's 8-digit 14050471, last six digits
        assertThat(Totp.matchingStep(SHA1_KEY, current, now)).isEqualTo(step);
        assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step - 1, 6, Totp.SHA1), now)).isEqualTo(step - 1);
        assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step + 1, 6, Totp.SHA1), now)).isEqualTo(step + 1);
        assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step - 2, 6, Totp.SHA1), now)).isEqualTo(-1);
        assertThat(Totp.matchingStep(SHA1_KEY, "12345", now)).isEqualTo(-1);
        assertThat(Totp.matchingStep(SHA1_KEY, null, now)).isEqualTo(-1);
    }

    @Test
    void base32AsInRfc4648() {
        String[][] vectors = {{"", ""}, {"f", "MY"}, {"fo", "MZXQ"}, {"foo", "MZXW6"}, {"foob", "MZXW6YQ"},
                {"fooba", "MZXW6YTB"}, {"foobar", "MZXW6YTBOI"}};
        for (String[] v : vectors) {
            assertThat(Base32.encode(v[0].getBytes(StandardCharsets.US_ASCII))).isEqualTo(v[1]);
        }
    }

    @Test
    void aSealedSecretOpensOnlyWithThePassword() {
        String sealed = TotpSecretBox.seal(SHA1_KEY, "Demo2026".toCharArray());
        assertThat(sealed).doesNotContain(new String(SHA1_KEY, StandardCharsets.US_ASCII)).hasSizeLessThan(200);
        assertThat(TotpSecretBox.open(sealed, "Demo2026".toCharArray())).hasValue(SHA1_KEY);
        assertThat(TotpSecretBox.open(sealed, "Demo2027".toCharArray())).isEmpty();
    }
}
