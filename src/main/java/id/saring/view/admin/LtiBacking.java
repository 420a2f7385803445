package id.saring.view.admin;

import id.saring.infrastructure.i18n.Messages;
import id.saring.lti.boundary.LtiException;
import id.saring.lti.boundary.LtiPlatforms;
import id.saring.lti.boundary.ToolAddresses;
import id.saring.lti.entity.LtiPlatform;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * admin/lti.xhtml: the LMSs registered as LTI 1.3 platforms, a form that registers one, and the
 * tool's addresses to type into the LMS.
 */
@Named("adminLti")
@ViewScoped
public class LtiBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    LtiPlatforms platforms;

    private transient List<LtiPlatform> all;
    private String name;
    private String issuer;
    private String clientId;
    private String deploymentId;
    private String jwksUrl;
    private String authUrl;
    private String tokenUrl;

    public List<LtiPlatform> getAll() {
        if (all == null) {
            all = platforms.all();
        }
        return all;
    }

    public void add() {
        try {
            LtiPlatform added = platforms.add(name, issuer, clientId, deploymentId, jwksUrl, authUrl, tokenUrl);
            Messages.info(AdminMessages.ADMIN_LTI_ADDED, added.getName());
            all = null;
            name = null;
            issuer = null;
            clientId = null;
            deploymentId = null;
            jwksUrl = null;
            authUrl = null;
            tokenUrl = null;
        } catch (LtiException e) {
            Messages.error(e.getMessageKey());
        }
    }

    public void remove(Long id) {
        try {
            platforms.remove(id);
            Messages.info(AdminMessages.ADMIN_LTI_REMOVED);
        } catch (LtiException e) {
            Messages.error(e.getMessageKey());
        }
        all = null;
    }

    public String getLoginUrl() {
        return address(ToolAddresses.LOGIN);
    }

    public String getLaunchUrl() {
        return address(ToolAddresses.LAUNCH);
    }

    public String getJwksUrlOfTool() {
        return address(ToolAddresses.JWKS);
    }

    private static String address(String path) {
        return ToolAddresses.of(
                (HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest(),
                path);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getDeploymentId() {
        return deploymentId;
    }

    public void setDeploymentId(String deploymentId) {
        this.deploymentId = deploymentId;
    }

    public String getJwksUrl() {
        return jwksUrl;
    }

    public void setJwksUrl(String jwksUrl) {
        this.jwksUrl = jwksUrl;
    }

    public String getAuthUrl() {
        return authUrl;
    }

    public void setAuthUrl(String authUrl) {
        this.authUrl = authUrl;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }
}
