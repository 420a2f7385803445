package id.saring.view;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The page template's switches ({@code richPage}, {@code statelessView}) as application-wide
 * defaults, for the pages that do not set them with {@code ui:param}. Without a default, EL
 * resolves an unknown name by trying to load a class of that name (jakarta.el.ImportHandler),
 * and the web application's class loader lets one thread at a time do that: Java Flight Recorder
 * showed every page render of the benchmark queueing there, two or three times per page.
 */
@WebListener
public class PageDefaults implements ServletContextListener {

    static final String RICH_PAGE = "richPage";
    static final String STATELESS_VIEW = "statelessView";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().setAttribute(RICH_PAGE, Boolean.FALSE);
        event.getServletContext().setAttribute(STATELESS_VIEW, Boolean.FALSE);
    }
}
