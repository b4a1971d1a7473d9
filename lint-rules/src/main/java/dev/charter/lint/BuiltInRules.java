package dev.charter.lint;

import dev.charter.lint.rules.asyncapi.Asyncapi3ChannelNoEmptyParameterRule;
import dev.charter.lint.rules.asyncapi.Asyncapi3ChannelNoQueryNorFragmentRule;
import dev.charter.lint.rules.asyncapi.Asyncapi3ChannelNoTrailingSlashRule;
import dev.charter.lint.rules.asyncapi.Asyncapi3ChannelServersRule;
import dev.charter.lint.rules.asyncapi.Asyncapi3OperationChannelMessagesRule;
import dev.charter.lint.rules.asyncapi.Asyncapi3ServerVariablesRule;
import dev.charter.lint.rules.asyncapi.Asyncapi3DocumentResolvedRule;
import dev.charter.lint.rules.asyncapi.Asyncapi3DocumentUnresolvedRule;
import dev.charter.lint.rules.asyncapi.Asyncapi3HeadersSchemaTypeObjectRule;
import dev.charter.lint.rules.asyncapi.Asyncapi3OperationDescriptionRule;
import dev.charter.lint.rules.asyncapi.Asyncapi3OperationSecurityRule;
import dev.charter.lint.rules.asyncapi.Asyncapi3PayloadUnsupportedSchemaFormatRule;
import dev.charter.lint.rules.asyncapi.Asyncapi3ServerNoEmptyVariableRule;
import dev.charter.lint.rules.asyncapi.Asyncapi3ServerNoTrailingSlashRule;
import dev.charter.lint.rules.asyncapi.Asyncapi3ServerNotExampleComRule;
import dev.charter.lint.rules.asyncapi.Asyncapi3TagDescriptionRule;
import dev.charter.lint.rules.asyncapi.Asyncapi3TagsAlphabeticalRule;
import dev.charter.lint.rules.asyncapi.Asyncapi3TagsRule;
import dev.charter.lint.rules.asyncapi.Asyncapi3TagsUniquenessRule;
import dev.charter.lint.rules.asyncapi.AsyncapiChannelNoEmptyParameterRule;
import dev.charter.lint.rules.asyncapi.AsyncapiChannelNoQueryNorFragmentRule;
import dev.charter.lint.rules.asyncapi.AsyncapiChannelNoTrailingSlashRule;
import dev.charter.lint.rules.asyncapi.AsyncapiChannelParametersRule;
import dev.charter.lint.rules.asyncapi.AsyncapiChannelServersRule;
import dev.charter.lint.rules.asyncapi.AsyncapiHeadersSchemaTypeObjectRule;
import dev.charter.lint.rules.asyncapi.AsyncapiInfoContactPropertiesRule;
import dev.charter.lint.rules.asyncapi.AsyncapiInfoContactRule;
import dev.charter.lint.rules.asyncapi.AsyncapiInfoDescriptionRule;
import dev.charter.lint.rules.asyncapi.AsyncapiInfoLicenseRule;
import dev.charter.lint.rules.asyncapi.AsyncapiInfoLicenseUrlRule;
import dev.charter.lint.rules.asyncapi.AsyncapiLatestVersionRule;
import dev.charter.lint.rules.asyncapi.AsyncapiMessageExamplesRule;
import dev.charter.lint.rules.asyncapi.AsyncapiMessageMessageIdUniquenessRule;
import dev.charter.lint.rules.asyncapi.AsyncapiOperationDescriptionRule;
import dev.charter.lint.rules.asyncapi.AsyncapiOperationOperationIdRule;
import dev.charter.lint.rules.asyncapi.AsyncapiOperationOperationIdUniquenessRule;
import dev.charter.lint.rules.asyncapi.AsyncapiOperationSecurityRule;
import dev.charter.lint.rules.asyncapi.AsyncapiParameterDescriptionRule;
import dev.charter.lint.rules.asyncapi.AsyncapiPayloadDefaultRule;
import dev.charter.lint.rules.asyncapi.AsyncapiPayloadExamplesRule;
import dev.charter.lint.rules.asyncapi.AsyncapiPayloadRule;
import dev.charter.lint.rules.asyncapi.AsyncapiPayloadUnsupportedSchemaFormatRule;
import dev.charter.lint.rules.asyncapi.AsyncapiSchemaDefaultRule;
import dev.charter.lint.rules.asyncapi.AsyncapiSchemaExamplesRule;
import dev.charter.lint.rules.asyncapi.AsyncapiSchemaRule;
import dev.charter.lint.rules.asyncapi.AsyncapiServerNoEmptyVariableRule;
import dev.charter.lint.rules.asyncapi.AsyncapiServerNoTrailingSlashRule;
import dev.charter.lint.rules.asyncapi.AsyncapiServerNotExampleComRule;
import dev.charter.lint.rules.asyncapi.AsyncapiServerSecurityRule;
import dev.charter.lint.rules.asyncapi.AsyncapiServerVariablesRule;
import dev.charter.lint.rules.asyncapi.AsyncapiServersRule;
import dev.charter.lint.rules.asyncapi.AsyncapiTagDescriptionRule;
import dev.charter.lint.rules.asyncapi.AsyncapiTagsAlphabeticalRule;
import dev.charter.lint.rules.asyncapi.AsyncapiTagsRule;
import dev.charter.lint.rules.asyncapi.AsyncapiTagsUniquenessRule;
import dev.charter.lint.rules.asyncapi.AsyncapiUnusedComponentsSchemaRule;
import dev.charter.lint.rules.asyncapi.AsyncapiUnusedComponentsServerRule;
import dev.charter.lint.rules.common.NoAmbiguousPathsRule;
import dev.charter.lint.rules.common.NoEnumTypeMismatchRule;
import dev.charter.lint.rules.common.NoHttpVerbsInPathsRule;
import dev.charter.lint.rules.common.NoIdenticalPathsRule;
import dev.charter.lint.rules.common.NoIllogicalCompositionKeywordsRule;
import dev.charter.lint.rules.common.NoInvalidSchemaPatternRule;
import dev.charter.lint.rules.common.NoMixedNumberRangeConstraintsRule;
import dev.charter.lint.rules.common.NoRequiredSchemaPropertiesUndefinedRule;
import dev.charter.lint.rules.common.NoSchemaTypeMismatchRule;
import dev.charter.lint.rules.common.NoServerVariablesEmptyEnumRule;
import dev.charter.lint.rules.common.NullableTypeSiblingRule;
import dev.charter.lint.rules.common.Operation4xxResponseRule;
import dev.charter.lint.rules.common.OperationSummaryRule;
import dev.charter.lint.rules.common.PathsKebabCaseRule;
import dev.charter.lint.rules.common.SpecComponentsInvalidMapNameRule;
import dev.charter.lint.rules.common.SpecRefSiblingsRule;
import dev.charter.lint.rules.integration.CorrelationIdHeaderRule;
import dev.charter.lint.rules.integration.DeprecationSunsetRule;
import dev.charter.lint.rules.integration.ErrorResponseProblemJsonRule;
import dev.charter.lint.rules.integration.IdempotencyKeyHeaderRule;
import dev.charter.lint.rules.integration.PaginationConventionsRule;
import dev.charter.lint.rules.integration.RateLimitResponsesRule;
import dev.charter.lint.rules.integration.WebhookPayloadDocumentedRule;
import dev.charter.lint.rules.openapi.ArrayItemsRule;
import dev.charter.lint.rules.openapi.ContactPropertiesRule;
import dev.charter.lint.rules.openapi.DuplicatedEntryInEnumRule;
import dev.charter.lint.rules.openapi.InfoContactRule;
import dev.charter.lint.rules.openapi.InfoDescriptionRule;
import dev.charter.lint.rules.openapi.InfoLicenseRule;
import dev.charter.lint.rules.openapi.LicenseUrlRule;
import dev.charter.lint.rules.openapi.NoEvalInMarkdownRule;
import dev.charter.lint.rules.openapi.NoRefSiblingsRule;
import dev.charter.lint.rules.openapi.NoScriptTagsInMarkdownRule;
import dev.charter.lint.rules.openapi.Oas2AnyOfRule;
import dev.charter.lint.rules.openapi.Oas2ApiHostRule;
import dev.charter.lint.rules.openapi.Oas2ApiSchemesRule;
import dev.charter.lint.rules.openapi.Oas2DiscriminatorRule;
import dev.charter.lint.rules.openapi.Oas2HostNotExampleRule;
import dev.charter.lint.rules.openapi.Oas2HostTrailingSlashRule;
import dev.charter.lint.rules.openapi.Oas2OneOfRule;
import dev.charter.lint.rules.openapi.Oas2OperationFormDataConsumeCheckRule;
import dev.charter.lint.rules.openapi.Oas2OperationSecurityDefinedRule;
import dev.charter.lint.rules.openapi.Oas2ParameterDescriptionRule;
import dev.charter.lint.rules.openapi.Oas2SchemaRule;
import dev.charter.lint.rules.openapi.Oas2UnusedDefinitionRule;
import dev.charter.lint.rules.openapi.Oas2ValidMediaExampleRule;
import dev.charter.lint.rules.openapi.Oas2ValidSchemaExampleRule;
import dev.charter.lint.rules.openapi.Oas31CallbacksInWebhookRule;
import dev.charter.lint.rules.openapi.Oas31ServersInWebhookRule;
import dev.charter.lint.rules.openapi.Oas32NoDeprecatedXmlAttributeRule;
import dev.charter.lint.rules.openapi.Oas3ApiServersRule;
import dev.charter.lint.rules.openapi.Oas3CallbacksInCallbacksRule;
import dev.charter.lint.rules.openapi.Oas3ExamplesValueOrExternalValueRule;
import dev.charter.lint.rules.openapi.Oas3OperationSecurityDefinedRule;
import dev.charter.lint.rules.openapi.Oas3ParameterDescriptionRule;
import dev.charter.lint.rules.openapi.Oas3SchemaRule;
import dev.charter.lint.rules.openapi.Oas3ServerNotExampleComRule;
import dev.charter.lint.rules.openapi.Oas3ServerTrailingSlashRule;
import dev.charter.lint.rules.openapi.Oas3ServerVariablesRule;
import dev.charter.lint.rules.openapi.Oas3UnusedComponentRule;
import dev.charter.lint.rules.openapi.Oas3ValidMediaExampleRule;
import dev.charter.lint.rules.openapi.Oas3ValidSchemaExampleRule;
import dev.charter.lint.rules.openapi.OpenapiTagsAlphabeticalRule;
import dev.charter.lint.rules.openapi.OpenapiTagsRule;
import dev.charter.lint.rules.openapi.OpenapiTagsUniquenessRule;
import dev.charter.lint.rules.openapi.OperationDescriptionRule;
import dev.charter.lint.rules.openapi.OperationOperationIdRule;
import dev.charter.lint.rules.openapi.OperationOperationIdUniqueRule;
import dev.charter.lint.rules.openapi.OperationOperationIdValidInUrlRule;
import dev.charter.lint.rules.openapi.OperationParametersRule;
import dev.charter.lint.rules.openapi.OperationSingularTagRule;
import dev.charter.lint.rules.openapi.OperationSuccessResponseRule;
import dev.charter.lint.rules.openapi.OperationTagDefinedRule;
import dev.charter.lint.rules.openapi.OperationTagsRule;
import dev.charter.lint.rules.openapi.PathDeclarationsMustExistRule;
import dev.charter.lint.rules.openapi.PathKeysNoTrailingSlashRule;
import dev.charter.lint.rules.openapi.PathNotIncludeQueryRule;
import dev.charter.lint.rules.openapi.PathParamsRule;
import dev.charter.lint.rules.openapi.TagDescriptionRule;
import dev.charter.lint.rules.openapi.TypedEnumRule;
import dev.charter.lint.rules.owasp.OwaspArrayLimitRule;
import dev.charter.lint.rules.owasp.OwaspAuthInsecureSchemesRule;
import dev.charter.lint.rules.owasp.OwaspConstrainedAdditionalPropertiesRule;
import dev.charter.lint.rules.owasp.OwaspDefineErrorResponses401Rule;
import dev.charter.lint.rules.owasp.OwaspDefineErrorResponses429Rule;
import dev.charter.lint.rules.owasp.OwaspDefineErrorResponses500Rule;
import dev.charter.lint.rules.owasp.OwaspDefineErrorValidationRule;
import dev.charter.lint.rules.owasp.OwaspIntegerFormatRule;
import dev.charter.lint.rules.owasp.OwaspIntegerLimitRule;
import dev.charter.lint.rules.owasp.OwaspJwtBestPracticesRule;
import dev.charter.lint.rules.owasp.OwaspNoAdditionalPropertiesRule;
import dev.charter.lint.rules.owasp.OwaspNoApiKeysInUrlRule;
import dev.charter.lint.rules.owasp.OwaspNoCredentialsInUrlRule;
import dev.charter.lint.rules.owasp.OwaspNoHttpBasicRule;
import dev.charter.lint.rules.owasp.OwaspNoNumericIdsRule;
import dev.charter.lint.rules.owasp.OwaspProtectionGlobalSafeRule;
import dev.charter.lint.rules.owasp.OwaspProtectionGlobalUnsafeRule;
import dev.charter.lint.rules.owasp.OwaspRateLimitRetryAfterRule;
import dev.charter.lint.rules.owasp.OwaspRateLimitRule;
import dev.charter.lint.rules.owasp.OwaspSecurityHostsHttpsRule;
import dev.charter.lint.rules.owasp.OwaspStringLimitRule;
import dev.charter.lint.rules.owasp.OwaspStringRestrictedRule;
import java.util.List;

/**
 * charter's own rules: the one list of them, in the order {@code charter rules} prints them. Which
 * rulesets each belongs to follows from its metadata (see {@code Rulesets}).
 */
public final class BuiltInRules implements RuleProvider {
  @Override
  public List<Class<? extends Rule>> rules() {
    return List.of(
        // spectral:oas
        OperationSuccessResponseRule.class,
        Oas2OperationFormDataConsumeCheckRule.class,
        OperationOperationIdUniqueRule.class,
        OperationParametersRule.class,
        OperationTagDefinedRule.class,
        PathParamsRule.class,
        ContactPropertiesRule.class,
        DuplicatedEntryInEnumRule.class,
        InfoContactRule.class,
        InfoDescriptionRule.class,
        InfoLicenseRule.class,
        LicenseUrlRule.class,
        NoEvalInMarkdownRule.class,
        NoScriptTagsInMarkdownRule.class,
        OpenapiTagsAlphabeticalRule.class,
        OpenapiTagsUniquenessRule.class,
        OpenapiTagsRule.class,
        OperationDescriptionRule.class,
        OperationOperationIdRule.class,
        OperationOperationIdValidInUrlRule.class,
        OperationSingularTagRule.class,
        OperationTagsRule.class,
        PathDeclarationsMustExistRule.class,
        PathKeysNoTrailingSlashRule.class,
        PathNotIncludeQueryRule.class,
        TagDescriptionRule.class,
        NoRefSiblingsRule.class,
        ArrayItemsRule.class,
        TypedEnumRule.class,
        Oas2ApiHostRule.class,
        Oas2ApiSchemesRule.class,
        Oas2DiscriminatorRule.class,
        Oas2HostNotExampleRule.class,
        Oas2HostTrailingSlashRule.class,
        Oas2ParameterDescriptionRule.class,
        Oas2OperationSecurityDefinedRule.class,
        Oas2ValidSchemaExampleRule.class,
        Oas2ValidMediaExampleRule.class,
        Oas2AnyOfRule.class,
        Oas2OneOfRule.class,
        Oas2SchemaRule.class,
        Oas2UnusedDefinitionRule.class,
        Oas3ApiServersRule.class,
        Oas3ExamplesValueOrExternalValueRule.class,
        Oas3OperationSecurityDefinedRule.class,
        Oas3ParameterDescriptionRule.class,
        Oas3ServerNotExampleComRule.class,
        Oas3ServerTrailingSlashRule.class,
        Oas3ValidMediaExampleRule.class,
        Oas3ValidSchemaExampleRule.class,
        Oas3SchemaRule.class,
        Oas3UnusedComponentRule.class,
        Oas3ServerVariablesRule.class,
        Oas3CallbacksInCallbacksRule.class,
        Oas31ServersInWebhookRule.class,
        Oas31CallbacksInWebhookRule.class,
        Oas32NoDeprecatedXmlAttributeRule.class,
        // spectral:asyncapi
        Asyncapi3ChannelNoEmptyParameterRule.class,
        Asyncapi3ChannelNoQueryNorFragmentRule.class,
        Asyncapi3ChannelNoTrailingSlashRule.class,
        Asyncapi3ChannelServersRule.class,
        Asyncapi3DocumentResolvedRule.class,
        Asyncapi3DocumentUnresolvedRule.class,
        Asyncapi3HeadersSchemaTypeObjectRule.class,
        Asyncapi3OperationDescriptionRule.class,
        Asyncapi3OperationSecurityRule.class,
        Asyncapi3PayloadUnsupportedSchemaFormatRule.class,
        Asyncapi3ServerNoEmptyVariableRule.class,
        Asyncapi3ServerNoTrailingSlashRule.class,
        Asyncapi3ServerNotExampleComRule.class,
        Asyncapi3TagDescriptionRule.class,
        Asyncapi3TagsAlphabeticalRule.class,
        Asyncapi3TagsRule.class,
        Asyncapi3TagsUniquenessRule.class,
        AsyncapiChannelNoEmptyParameterRule.class,
        AsyncapiChannelNoQueryNorFragmentRule.class,
        AsyncapiChannelNoTrailingSlashRule.class,
        AsyncapiChannelParametersRule.class,
        AsyncapiChannelServersRule.class,
        AsyncapiHeadersSchemaTypeObjectRule.class,
        AsyncapiInfoContactPropertiesRule.class,
        AsyncapiInfoContactRule.class,
        AsyncapiInfoDescriptionRule.class,
        AsyncapiInfoLicenseRule.class,
        AsyncapiInfoLicenseUrlRule.class,
        AsyncapiLatestVersionRule.class,
        AsyncapiMessageExamplesRule.class,
        AsyncapiMessageMessageIdUniquenessRule.class,
        AsyncapiOperationDescriptionRule.class,
        AsyncapiOperationOperationIdRule.class,
        AsyncapiOperationOperationIdUniquenessRule.class,
        AsyncapiOperationSecurityRule.class,
        AsyncapiParameterDescriptionRule.class,
        AsyncapiPayloadDefaultRule.class,
        AsyncapiPayloadExamplesRule.class,
        AsyncapiPayloadRule.class,
        AsyncapiPayloadUnsupportedSchemaFormatRule.class,
        AsyncapiSchemaDefaultRule.class,
        AsyncapiSchemaExamplesRule.class,
        AsyncapiSchemaRule.class,
        AsyncapiServerNoEmptyVariableRule.class,
        AsyncapiServerNoTrailingSlashRule.class,
        AsyncapiServerNotExampleComRule.class,
        AsyncapiServerSecurityRule.class,
        AsyncapiServerVariablesRule.class,
        AsyncapiServersRule.class,
        AsyncapiTagDescriptionRule.class,
        AsyncapiTagsAlphabeticalRule.class,
        AsyncapiTagsRule.class,
        AsyncapiTagsUniquenessRule.class,
        AsyncapiUnusedComponentsSchemaRule.class,
        AsyncapiUnusedComponentsServerRule.class,
        // charter
        Asyncapi3OperationChannelMessagesRule.class,
        Asyncapi3ServerVariablesRule.class,
        NoAmbiguousPathsRule.class,
        NoEnumTypeMismatchRule.class,
        NoHttpVerbsInPathsRule.class,
        NoIdenticalPathsRule.class,
        NoIllogicalCompositionKeywordsRule.class,
        NoInvalidSchemaPatternRule.class,
        NoMixedNumberRangeConstraintsRule.class,
        NoRequiredSchemaPropertiesUndefinedRule.class,
        NoSchemaTypeMismatchRule.class,
        NoServerVariablesEmptyEnumRule.class,
        NullableTypeSiblingRule.class,
        Operation4xxResponseRule.class,
        OperationSummaryRule.class,
        PathsKebabCaseRule.class,
        SpecComponentsInvalidMapNameRule.class,
        SpecRefSiblingsRule.class,
        // charter:owasp
        OwaspArrayLimitRule.class,
        OwaspAuthInsecureSchemesRule.class,
        OwaspConstrainedAdditionalPropertiesRule.class,
        OwaspDefineErrorResponses401Rule.class,
        OwaspDefineErrorResponses429Rule.class,
        OwaspDefineErrorResponses500Rule.class,
        OwaspDefineErrorValidationRule.class,
        OwaspIntegerFormatRule.class,
        OwaspIntegerLimitRule.class,
        OwaspJwtBestPracticesRule.class,
        OwaspNoAdditionalPropertiesRule.class,
        OwaspNoApiKeysInUrlRule.class,
        OwaspNoCredentialsInUrlRule.class,
        OwaspNoHttpBasicRule.class,
        OwaspNoNumericIdsRule.class,
        OwaspProtectionGlobalSafeRule.class,
        OwaspProtectionGlobalUnsafeRule.class,
        OwaspRateLimitRetryAfterRule.class,
        OwaspRateLimitRule.class,
        OwaspSecurityHostsHttpsRule.class,
        OwaspStringLimitRule.class,
        OwaspStringRestrictedRule.class,
        // charter:integration
        CorrelationIdHeaderRule.class,
        DeprecationSunsetRule.class,
        ErrorResponseProblemJsonRule.class,
        IdempotencyKeyHeaderRule.class,
        PaginationConventionsRule.class,
        RateLimitResponsesRule.class,
        WebhookPayloadDocumentedRule.class);
  }
}
