// Tests of the diverge stage (filled in with the stage).
#include <catch2/catch.hpp>
