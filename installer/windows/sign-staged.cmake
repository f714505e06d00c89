# CPACK_PRE_BUILD_SCRIPTS: sign every exe and dll of the staged install tree before it is packed, so the files the
# installer writes are signed too (not only the installer).
include(${CMAKE_CURRENT_LIST_DIR}/sign.cmake)
file(GLOB_RECURSE vd_binaries "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.exe" "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.dll")
if(vd_binaries)
    vd_sign_files(${vd_binaries})
endif()
