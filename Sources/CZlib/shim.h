// zlib (Debian's zlib1g-dev): raw inflate of the deflated parts of a .docx.
#include <zlib.h>
