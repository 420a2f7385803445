package id.saring.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' {@code p:messages} as a real list: PrimeFaces writes each message as
 * {@code <li role="alert">}, and an item with another role is no list item, so the list broke
 * (axe's "list" rule: screen readers no longer say "list, 2 items"). The messages' container is
 * already a polite live region, which announces them; the items keep their list role.
 */
public class ListedMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(
            ResponseWriter writer, Messages uiMessages, FacesMessage message, String severity, boolean escape)
            throws IOException {
        super.encodeMessage(new ListItems(writer), uiMessages, message, severity, escape);
    }

    /** Leaves out the roles PrimeFaces gives a list item; everything else is written as it comes. */
    private static final class ListItems extends ResponseWriterWrapper {

        private String element = "";

        ListItems(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, jakarta.faces.component.UIComponent component) throws IOException {
            element = name;
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("li".equals(element) && ("role".equals(name) || "aria-atomic".equals(name))) {
                return;
            }
            super.writeAttribute(name, value, property);
        }
    }
}
