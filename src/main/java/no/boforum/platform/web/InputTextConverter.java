package no.boforum.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import no.boforum.platform.text.InputText;

/**
 * The input rule ({@link InputText}) for every form field and view parameter bound to a {@code
 * String}: Faces and PrimeFaces both use a converter registered for the class whenever a component
 * has none of its own, so no page has to remember it. What is shown is left as it is.
 */
@FacesConverter(forClass = String.class)
public class InputTextConverter implements Converter<String> {

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    return InputText.clean(value);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String value) {
    return value == null ? "" : value;
  }
}
