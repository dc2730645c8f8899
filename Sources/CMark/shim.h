#ifndef PEDNET_CMARK_SHIM_H
#define PEDNET_CMARK_SHIM_H
#include <cmark.h>
#endif
