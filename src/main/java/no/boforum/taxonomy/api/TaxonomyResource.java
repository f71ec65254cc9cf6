package no.boforum.taxonomy.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.boforum.taxonomy.Taxonomies;
import no.boforum.taxonomy.Term;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The terms of a taxonomy (actor_type, county, municipality, target_group, theme, ...). */
@Path("taxonomies")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class TaxonomyResource {
  @Inject Taxonomies taxonomies;

  @GET
  @Path("{taxonomy}")
  @Operation(summary = "A taxonomy's terms in order, labelled in the asked language")
  @APIResponse(responseCode = "404", description = "no taxonomy has this name")
  public List<Term> terms(
      @PathParam("taxonomy") String taxonomy,
      @Parameter(
              description =
                  "nb (default), nn or en (not 'lang', which switches the site's language)")
          @QueryParam("language")
          String lang) {
    String language = lang == null || !List.of("nb", "nn", "en").contains(lang) ? "nb" : lang;
    List<Term> terms = taxonomies.terms(taxonomy, language);
    if (terms.isEmpty()) {
      throw new NotFoundException();
    }
    return terms;
  }
}
