package org.huzhu.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that keep browsers from turning the platform against its users: no framing (clickjacking), no content
 * sniffing (an uploaded file served as what it claims to be, never as HTML), no full URLs leaked to other sites,
 * and a content policy. The portal's policy allows what Vaadin needs: inline styles (Lumo), inline bootstrap
 * script and eval (Flow runs the server's JavaScript calls through Function), a websocket back to this origin.
 * The API answers data only, so its policy allows nothing at all.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String PORTAL_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : PORTAL_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        chain.doFilter(request, response);
    }
}
