package vn.cchc.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does in a sign-in, and no more: keeps each host's cookies (by host, not port, as a
 * browser does) and follows redirects one hop at a time, noting every hop so that a test can say
 * where the flow went and a failure can show it.
 */
final class SignInBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final int MAX_HOPS = 15;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Map<String, String>> cookiesByHost = new HashMap<>();
    private final List<String> hops = new ArrayList<>();

    /** A GET, then every redirect after it; the last response (not a redirect). */
    HttpResponse<String> open(String url) throws IOException, InterruptedException {
        return follow(send(HttpRequest.newBuilder(URI.create(url)).GET()));
    }

    /** The provider's login form at {@code loginPage}: filled in with its own CSRF token, posted, redirects followed. */
    HttpResponse<String> signIn(HttpResponse<String> loginPage, String user, String password)
            throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(loginPage.body());
        if (!csrf.find()) {
            throw new AssertionError("no CSRF token in the login form at " + loginPage.uri() + ":\n" + loginPage.body());
        }
        String form = form(Map.of("username", user, "password", password, "_csrf", csrf.group(1)));
        return follow(send(HttpRequest.newBuilder(loginPage.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))));
    }

    /** Every request so far, as "METHOD url -> status [Location]". */
    List<String> hops() {
        return List.copyOf(hops);
    }

    private HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
        for (int i = 0; i < MAX_HOPS && isRedirect(response.statusCode()); i++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next).GET());
        }
        if (isRedirect(response.statusCode())) {
            throw new AssertionError("more than " + MAX_HOPS + " redirects:\n" + String.join("\n", hops));
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        builder.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").timeout(Duration.ofSeconds(60));
        HttpRequest request = builder.copy().build();
        Map<String, String> cookies = cookiesByHost.getOrDefault(request.uri().getHost(), Map.of());
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
            request = builder.build();
        }
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        keepCookies(response);
        hops.add(request.method() + " " + request.uri() + " -> " + response.statusCode()
                + response.headers().firstValue("Location").map(l -> " " + l).orElse(""));
        return response;
    }

    private void keepCookies(HttpResponse<String> response) {
        Map<String, String> jar = cookiesByHost.computeIfAbsent(response.uri().getHost(), h -> new LinkedHashMap<>());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            boolean expired = header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
            if (expired || value.isEmpty()) {
                jar.remove(name);
            } else {
                jar.put(name, value);
            }
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
