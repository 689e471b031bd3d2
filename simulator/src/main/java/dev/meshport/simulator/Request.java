package dev.meshport.simulator;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP request as both meshes see it: method, authority (host and port), path without the query, the query
 * parameters, headers (names lower-cased, as HTTP/2 and both proxies treat them) and the caller.
 */
public record Request(String method, String scheme, String host, int port, String path, Map<String, List<String>> query,
                      Map<String, String> headers, Caller caller) {

    public Request {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        TreeMap<String, String> lower = new TreeMap<>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        headers = Collections.unmodifiableMap(lower);
    }

    /**
     * Parses {@code 'METHOD URL'} ({@code GET http://reviews.bookinfo:9080/reviews/1}) and {@code Name: value} header
     * lines. The port defaults to 80 for http and 443 for https.
     */
    public static Request parse(String methodAndUrl, List<String> headerLines, Caller caller) {
        String[] parts = methodAndUrl.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected 'METHOD URL', got '" + methodAndUrl + "'");
        }
        URI uri;
        try {
            uri = new URI(parts[1]);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad URL '" + parts[1] + "': " + e.getMessage(), e);
        }
        if (uri.getHost() == null || uri.getScheme() == null) {
            throw new IllegalArgumentException("the URL needs a scheme and a host: '" + parts[1] + "'");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : headerLines) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("expected a header as 'Name: value', got '" + line + "'");
            }
            headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        return new Request(parts[0].toUpperCase(Locale.ROOT), scheme, uri.getHost().toLowerCase(Locale.ROOT), port, path,
                parseQuery(uri.getRawQuery()), headers, caller);
    }

    private static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    /** The authority as a client sends it: the host, plus the port when it is not the scheme's default. */
    public String authority() {
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return defaultPort ? host : host + ":" + port;
    }

    public Request withCaller(Caller other) {
        return new Request(method, scheme, host, port, path, query, headers, other);
    }

    public Request withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Request(method, scheme, host, port, path, query, copy, caller);
    }
}
