package no.boforum.discussion.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.boforum.discussion.PostingRefused;
import no.boforum.platform.api.ApiError;
import no.boforum.platform.api.ApiExceptionMapper;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.Language;

/** A suspended poster gets 403 and too many posts 429, each with the reason in their language. */
@Provider
public class PostingRefusedMapper implements ExceptionMapper<PostingRefused> {
  @Inject Language language;

  @Override
  public Response toResponse(PostingRefused refused) {
    String text = Messages.format(language.getLocale(), refused.messageKey(), refused.arguments());
    return ApiExceptionMapper.json(refused.status(), new ApiError(refused.status(), text));
  }
}
