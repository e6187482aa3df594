// Email personalisation: one pure renderer shared by the template preview and the sender, so a
// preview shows exactly what each lead receives. Syntax and decisions: see README.md here.
export { compileTemplate, type CompiledTemplate } from './compile-template';
export { renderEmail } from './render-email';
export { analyseTemplate } from './analyse-template';
export { previewWarnings } from './preview-warnings';
export { htmlToText } from './html-to-text';
export { splitContactName, deriveCompanyDomain, type NameParts } from './name-parts';
export { BUILT_IN_VARIABLES, knownTemplateVariables } from './template-variables';
export {
  TemplateRenderError,
  TemplateSyntaxError,
  type PreviewReport,
  type RenderedEmail,
  type TemplateAnalysis,
  type TemplateCustomVariable,
  type TemplateInput,
  type TemplateIssue,
  type TemplateLead,
  type TemplatePart,
  type TemplateSender,
} from './types';
