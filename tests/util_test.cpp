// Tests of the util stage (filled in with the stage).
#include <catch2/catch.hpp>
