// What a library user of `import Recoupe` sees: the document model and every stage, so that
// `Pipeline.standard()`, `Document` and the stage types need no other import.
@_exported import RecoupeICU
@_exported import RecoupeCore
@_exported import RecoupeText
@_exported import RecoupeNames
@_exported import RecoupeDates
@_exported import RecoupeQuotes
