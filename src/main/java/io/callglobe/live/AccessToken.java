package io.callglobe.live;

import com.sun.net.httpserver.HttpExchange;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The shared secret guarding the endpoints: {@code Authorization: Bearer TOKEN}, or {@code ?token=TOKEN} for a
 * browser showing the kiosk page. Compared through digests in constant time, so timing tells nothing of it.
 */
final class AccessToken {
    private static final String BEARER = "Bearer ";

    /** Null when no token is required. */
    private final byte[] expectedDigest;

    AccessToken(String token) {
        expectedDigest = token == null ? null : digest(token);
    }

    boolean required() {
        return expectedDigest != null;
    }

    boolean allows(HttpExchange exchange) {
        if (expectedDigest == null) {
            return true;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && matches(authorization.substring(BEARER.length()).trim())) {
            return true;
        }
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("token=")
                        && matches(URLDecoder.decode(pair.substring("token=".length()), StandardCharsets.UTF_8))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean matches(String given) {
        return MessageDigest.isEqual(expectedDigest, digest(given));
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
