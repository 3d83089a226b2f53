package vn.canhgiac.app.intel.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.canhgiac.app.intel.LookupResult;
import vn.canhgiac.app.platform.SecurityHeaders;

/**
 * {@code GET /api/lookup} served ahead of the security filter chain and Spring MVC. The
 * endpoint is public, reads nothing from a session and answers five fields; the chain and
 * the dispatcher cost more than the lookup itself, and the lookup has a throughput budget
 * of thousands of requests a second (docs/BENCHMARKS.md). It writes the same security
 * headers the chain would; any other method falls through to the chain (and is refused).
 */
final class LookupApiFilter extends OncePerRequestFilter {

	static final String PATH = "/api/lookup";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LookupController lookups;

	LookupApiFilter(LookupController lookups) {
		this.lookups = lookups;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod())
				|| !PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityHeaders.apply(response);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		long wait = this.lookups.throttle(request);
		if (wait > 0) {
			response.setStatus(429);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
			JSON.writeValue(response.getOutputStream(),
					java.util.Map.of("error", "too_many_requests", "retryAfter", wait));
			return;
		}
		LookupResult result = this.lookups.lookup(request.getParameter("value"));
		response.setStatus(result.recognised() ? 200 : 400);
		JSON.writeValue(response.getOutputStream(), LookupController.json(result));
	}

}
