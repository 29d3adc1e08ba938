// Tests of the extract stage (filled in with the stage).
#include <catch2/catch.hpp>
