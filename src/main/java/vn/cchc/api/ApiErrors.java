package vn.cchc.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** The security chain's refusals in the API's own form: {@link ApiError} as JSON, never a sign-in page. */
final class ApiErrors {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiErrors() {
    }

    /** 401, with the scheme the client should use. */
    static void unauthorized(HttpServletResponse response, String reason) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"cchc\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, reason);
    }

    static void write(HttpServletResponse response, int status, String reason) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(new ApiError(reason)));
    }
}
