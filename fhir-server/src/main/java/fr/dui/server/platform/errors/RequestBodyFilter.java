package fr.dui.server.platform.errors;

import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards request bodies before they are read into memory:
 *
 * <ul>
 *   <li>over the configured limit: refused at once when the declared {@code Content-Length} is too large, or as
 *       soon as a streamed (chunked) body crosses the limit ({@link PayloadTooLargeException}, 413);
 *   <li>compressed ({@code Content-Encoding} other than {@code identity}): refused (415), since a compressed body
 *       could expand far past the limit.
 * </ul>
 *
 * The refusal is thrown when the FHIR layer reads the body, which turns it into an OperationOutcome.
 */
public class RequestBodyFilter extends OncePerRequestFilter {

    private final long maxBytes;

    public RequestBodyFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String encoding = request.getHeader("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.trim())) {
            chain.doFilter(new RefusedRequest(request, encoding), response);
            return;
        }
        // A body declared too large is refused at its first byte, without reading the rest.
        long allowed = request.getContentLengthLong() > maxBytes ? 0 : maxBytes;
        chain.doFilter(new LimitedRequest(request, allowed, maxBytes), response);
    }

    private static final class RefusedRequest extends HttpServletRequestWrapper {
        private final String encoding;

        RefusedRequest(HttpServletRequest request, String encoding) {
            super(request);
            this.encoding = encoding;
        }

        @Override
        public ServletInputStream getInputStream() {
            throw new UnclassifiedServerFailureException(
                    415, "Content-Encoding '" + encoding + "' is not accepted for request bodies");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long allowed;
        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long allowed, long limit) {
            super(request);
            this.allowed = allowed;
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), allowed, limit);
            }
            return stream;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final long allowed;
        private final long limit;
        private long read;

        LimitedInputStream(ServletInputStream delegate, long allowed, long limit) {
            this.delegate = delegate;
            this.allowed = allowed;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            refuseIfDeclaredTooLarge();
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            refuseIfDeclaredTooLarge();
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void refuseIfDeclaredTooLarge() {
            if (allowed == 0) {
                throw tooLarge();
            }
        }

        private void count(int n) {
            read += n;
            if (read > allowed) {
                throw tooLarge();
            }
        }

        private PayloadTooLargeException tooLarge() {
            return new PayloadTooLargeException("Request body larger than the limit of " + limit + " bytes");
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
