// zlib (Debian's zlib1g-dev): raw inflate of the deflated parts of a .docx (import),
// and the gzip archives of each year's reports (render).
#include <zlib.h>
