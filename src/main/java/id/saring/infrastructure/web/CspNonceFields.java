package id.saring.infrastructure.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.ArrayList;
import java.util.List;

/**
 * Before a page renders, gives each of its forms a {@link CspNonceField}, once: the field is part
 * of the view's state like any component added in code, so a restored view already has it (a
 * transient field would be added again on every postback, which Faces refuses as a duplicate).
 * Registered for PreRenderViewEvent in faces-config.xml.
 */
public class CspNonceFields implements SystemEventListener {

    private static final String ID = "csp_nonce";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        List<UIForm> forms = new ArrayList<>();
        ((UIViewRoot) event.getSource()).visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (component instanceof UIForm form) {
                forms.add(form);
            }
            return VisitResult.ACCEPT;
        });
        for (UIForm form : forms) {
            if (form.getChildren().stream().map(UIComponent::getId).noneMatch(ID::equals)) {
                UIComponent field = context.getApplication().createComponent(CspNonceField.TYPE);
                field.setId(ID);
                form.getChildren().add(field);
            }
        }
    }
}
