#include "base/embedded_files.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace motcua {
namespace {

TEST(EmbeddedFilesTest, MatchesTheRepositoryDataDirectory) {
  ASSERT_FALSE(EmbeddedDataFiles().empty());
  for (const EmbeddedFile& file : EmbeddedDataFiles()) {
    std::string path = MOTCUA_SOURCE_DIR;
    path.append("/data/").append(file.path);
    std::ifstream in(path, std::ios::binary);
    ASSERT_TRUE(in) << file.path;
    std::stringstream bytes;
    bytes << in.rdbuf();
    EXPECT_EQ(bytes.str(), file.content) << file.path;
    EXPECT_EQ(FindEmbeddedFile(file.path), file.content);
  }
  EXPECT_FALSE(FindEmbeddedFile("no/such/file").has_value());
}

}  // namespace
}  // namespace motcua
