package id.saring.infrastructure.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;

/**
 * The hidden field {@code primefaces.nonce} inside a form. PrimeFaces' CSP mode refuses a postback
 * that does not carry the nonce of the page it came from; PrimeFaces' script adds the field, but
 * student pages load no PrimeFaces script, and every form must work without script at all.
 * Added to every form by {@link CspNonceFields}.
 */
@FacesComponent(CspNonceField.TYPE)
public class CspNonceField extends UIComponentBase {

    static final String TYPE = "id.saring.CspNonceField";

    /** The field's name, as PrimeFaces reads it (Constants.RequestParams.NONCE_PARAM). */
    static final String NAME = "primefaces.nonce";

    @Override
    public String getFamily() {
        return "id.saring";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("input", this);
        writer.writeAttribute("type", "hidden", null);
        writer.writeAttribute("name", NAME, null);
        writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
        writer.endElement("input");
    }
}
