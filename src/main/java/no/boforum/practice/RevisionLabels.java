package no.boforum.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.text.Messages;
import no.boforum.taxonomy.Taxonomies;

/** Labels for a revision diff in one language: taxonomy terms, organisation names, texts. */
@ApplicationScoped
public class RevisionLabels {
  @Inject Taxonomies taxonomies;
  @Inject OrganisationService organisations;

  RevisionDiff.Labels in(String language, PracticeData a, PracticeData b) {
    Set<Long> ids = new HashSet<>(a.partnerOrganisationIds());
    ids.addAll(b.partnerOrganisationIds());
    if (a.ownerOrganisationId() != null) {
      ids.add(a.ownerOrganisationId());
    }
    if (b.ownerOrganisationId() != null) {
      ids.add(b.ownerOrganisationId());
    }
    Map<Long, OrganisationDetails> names = organisations.byIds(ids);
    Locale locale = Messages.locale(language);
    return new RevisionDiff.Labels() {
      @Override
      public String term(String taxonomy, String code) {
        if (PracticeTerms.PLACE.equals(taxonomy)) {
          return taxonomies.label(
              code.length() == 2 ? Taxonomies.COUNTY : Taxonomies.MUNICIPALITY, code, language);
        }
        return taxonomies.label(taxonomy, code, language);
      }

      @Override
      public String organisation(Long id) {
        OrganisationDetails o = names.get(id);
        return o == null ? String.valueOf(id) : o.name();
      }

      @Override
      public String text(String key) {
        return Messages.format(locale, key);
      }
    };
  }
}
