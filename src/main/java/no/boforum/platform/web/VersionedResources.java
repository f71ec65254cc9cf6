package no.boforum.platform.web;

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
import java.util.regex.Pattern;

/**
 * Gives the portal's own style sheets, scripts and images an address that names their content
 * ({@code &v=} and the first 12 hex digits of its SHA-256), so that a browser may keep them for a
 * year ({@link SecurityHeadersFilter}) and a changed file is fetched at once under its new address.
 * PrimeFaces' resources already carry its version. The digest is computed once per resource and
 * instance.
 */
public class VersionedResources extends ResourceHandlerWrapper {
  static final String PARAMETER = "v";

  private static final Pattern VERSIONED = Pattern.compile("[?&]" + PARAMETER + "=");

  private final Map<String, String> digests = new ConcurrentHashMap<>();

  public VersionedResources(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Resource createResource(String resourceName) {
    return versioned(super.createResource(resourceName));
  }

  @Override
  public Resource createResource(String resourceName, String libraryName) {
    return versioned(super.createResource(resourceName, libraryName));
  }

  @Override
  public Resource createResource(String resourceName, String libraryName, String contentType) {
    return versioned(super.createResource(resourceName, libraryName, contentType));
  }

  private Resource versioned(Resource resource) {
    if (resource == null || VERSIONED.matcher(resource.getRequestPath()).find()) {
      return resource; // unknown, or versioned already (PrimeFaces')
    }
    return new ResourceWrapper(resource) {
      @Override
      public String getRequestPath() {
        String path = super.getRequestPath();
        String key = resource.getLibraryName() + "/" + resource.getResourceName();
        String digest = digests.computeIfAbsent(key, k -> digest(resource));
        return digest.isEmpty()
            ? path
            : path + (path.contains("?") ? "&" : "?") + PARAMETER + "=" + digest;
      }
    };
  }

  private static String digest(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      if (in == null) {
        return "";
      }
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
