package uk.police.saferportal.content.security.control;

import uk.police.saferportal.content.security.entity.ApiToken;
import uk.police.saferportal.content.security.entity.ApiTokenSecret;

/** A freshly created API token and its secret: the only moment the secret exists in clear. */
public record IssuedApiToken(ApiToken token, ApiTokenSecret secret) {}
