package id.saring.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Switches "hemat data" with {@code ?hemat=1} or {@code ?hemat=0} on any page, then shows it again. */
@WebFilter(filterName = "dataSaver", urlPatterns = "/*")
public class DataSaverFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String value = request.getParameter(DataSaver.PARAMETER);
        if (!"GET".equals(request.getMethod()) || !("1".equals(value) || "0".equals(value))) {
            chain.doFilter(request, response);
            return;
        }
        DataSaver.remember("1".equals(value), request, response);
        String query = Arrays.stream(request.getQueryString().split("&"))
                .filter(pair -> !pair.startsWith(DataSaver.PARAMETER + "="))
                .collect(Collectors.joining("&"));
        response.sendRedirect(request.getRequestURI() + (query.isEmpty() ? "" : "?" + query));
    }
}
