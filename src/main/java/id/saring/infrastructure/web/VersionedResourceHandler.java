package id.saring.infrastructure.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adds a hash of each of Saring's own resources (library "saring") to its URL, so browsers can
 * keep it for a year and still get a changed file the moment it changes: nobody has to remember
 * to bump a version. web.xml lets browsers keep resources for a year (com.sun.faces.defaultResourceMaxAge).
 */
public class VersionedResourceHandler extends ResourceHandlerWrapper {

    static final String LIBRARY = "saring";
    static final String PARAMETER = "h";

    private static final Map<String, String> HASHES = new ConcurrentHashMap<>();

    public VersionedResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        Resource resource = super.createResource(resourceName, libraryName);
        if (resource == null || !LIBRARY.equals(libraryName)) {
            return resource;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                return super.getRequestPath() + "&" + PARAMETER + "=" + hash(getWrapped());
            }
        };
    }

    /** The current content's hash, short: a changed file gets a new URL. */
    static String hash(Resource resource) {
        return HASHES.computeIfAbsent(resource.getResourceName(), name -> {
            try (InputStream in = resource.getInputStream()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
                return HexFormat.of().formatHex(digest, 0, 6);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
