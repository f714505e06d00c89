# Every external dependency is found here, once. See README "Dependencies".
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Network Sql Multimedia MultimediaWidgets Test
                                         LinguistTools Concurrent PrintSupport)
find_package(OpenSSL 3.0 REQUIRED)
# libpq and libsecp256k1: pkg-config on Debian and macOS/Homebrew; vcpkg (Windows/macOS CI, see vcpkg.json) has
# no pkg-config executable by default, so fall back to CMake packages there. Either way the targets are named
# PkgConfig::LIBPQ / PkgConfig::SECP256K1 and LIBPQ_VERSION / SECP256K1_VERSION are set.
find_package(PkgConfig)
if(PKG_CONFIG_FOUND)
    pkg_check_modules(LIBPQ IMPORTED_TARGET libpq)
    pkg_check_modules(SECP256K1 IMPORTED_TARGET libsecp256k1)
endif()
if(NOT TARGET PkgConfig::LIBPQ)
    find_package(PostgreSQL REQUIRED) # vcpkg's libpq: PostgreSQL::PostgreSQL
    add_library(PkgConfig::LIBPQ INTERFACE IMPORTED)
    target_link_libraries(PkgConfig::LIBPQ INTERFACE PostgreSQL::PostgreSQL)
    set(LIBPQ_VERSION ${PostgreSQL_VERSION_STRING})
endif()
if(NOT TARGET PkgConfig::SECP256K1)
    # vcpkg's port builds the recovery module and exports unofficial::secp256k1 (no version file).
    find_package(unofficial-secp256k1 CONFIG REQUIRED)
    add_library(PkgConfig::SECP256K1 INTERFACE IMPORTED)
    target_link_libraries(PkgConfig::SECP256K1 INTERFACE unofficial::secp256k1)
    get_target_property(SECP256K1_INCLUDE_DIRS unofficial::secp256k1 INTERFACE_INCLUDE_DIRECTORIES)
    set(SECP256K1_VERSION "vcpkg")
    if(DEFINED VCPKG_INSTALLED_DIR AND EXISTS "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/share/secp256k1/vcpkg.spdx.json")
        file(READ "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/share/secp256k1/vcpkg.spdx.json" spdx)
        if(spdx MATCHES "\"versionInfo\": *\"([^\"]+)\"")
            set(SECP256K1_VERSION "${CMAKE_MATCH_1} (vcpkg)")
        endif()
    endif()
endif()
find_package(ZXing REQUIRED)
find_package(Qt6Keychain REQUIRED)

include(CheckIncludeFileCXX)
set(CMAKE_REQUIRED_INCLUDES ${SECP256K1_INCLUDE_DIRS})
check_include_file_cxx(secp256k1_recovery.h VD_HAVE_SECP256K1_RECOVERY)
unset(CMAKE_REQUIRED_INCLUDES)
if(NOT VD_HAVE_SECP256K1_RECOVERY)
    message(FATAL_ERROR "libsecp256k1 must be built with its recovery module (secp256k1_recovery.h not found)")
endif()
message(STATUS "ZXing ${ZXing_VERSION}, QtKeychain ${Qt6Keychain_VERSION}, secp256k1 ${SECP256K1_VERSION}, libpq ${LIBPQ_VERSION}")
