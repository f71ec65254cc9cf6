package no.boforum.opendata.catalog;

import no.boforum.platform.web.PublicUrls;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.info.Contact;

/**
 * Names the configured publisher as the OpenAPI document's contact, as the catalogue does: an
 * annotation could only hold a constant. Registered by {@code mp.openapi.filter}.
 */
public class OpenApiPublisher implements OASFilter {
  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getInfo() == null) {
      return;
    }
    // The server builds the document outside a request: ask the application's own configuration.
    Config config = ConfigProvider.getConfig(OpenApiPublisher.class.getClassLoader());
    Contact contact =
        OASFactory.createContact()
            .name(
                config
                    .getOptionalValue("boforum.opendata.publisher-name", String.class)
                    .orElse(CatalogSettings.DEFAULT_NAME))
            .email(
                config
                    .getOptionalValue("boforum.opendata.contact-email", String.class)
                    .orElse(CatalogSettings.DEFAULT_EMAIL))
            .url(PublicUrls.base(config.getValue("boforum.public-url", String.class)) + "terms");
    openApi.getInfo().setContact(contact);
  }
}
