// CVMIntrinsics is header-only; this file gives the target a source to build.
#include "CVMIntrinsics.h"
