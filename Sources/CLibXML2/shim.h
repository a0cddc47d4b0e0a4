// libxml2's HTML and XML parsers, for `portal import` of web pages and Word files.
//
// Debian builds libxml2 with ICU, so its encoding.h pulls in ICU's headers,
// which clash with the ICU copy inside Swift's Foundation. The import only
// walks nodes (never an encoding handler's fields), so the ICU parts are
// left out of the module.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
