# Windows: what `cmake --install` / CPack NSIS puts next to voucherdesk.exe.
#  - Qt through windeployqt (Qt 6.4 has no qt_generate_deploy_app_script for all generators; windeployqt works on
#    every version): platform, SQL (QPSQL), multimedia, TLS and image-format plugins, Qt's translations.
#  - what windeployqt does not deploy: libpq and its own dependencies, OpenSSL (libcrypto/libssl), ZXing,
#    libsecp256k1 and QtKeychain DLLs, found next to the imported targets (vcpkg's installed/<triplet>/bin).
find_program(VD_WINDEPLOYQT windeployqt HINTS ${QT6_INSTALL_PREFIX}/bin ${Qt6_DIR}/../../../bin REQUIRED)
set(VD_RUNTIME_DLL_DIRS)
foreach(target OpenSSL::Crypto OpenSSL::SSL ZXing::ZXing qt6keychain)
    if(TARGET ${target})
        get_target_property(loc ${target} IMPORTED_LOCATION_RELEASE)
        if(NOT loc)
            get_target_property(loc ${target} IMPORTED_LOCATION)
        endif()
        if(loc)
            get_filename_component(dir ${loc} DIRECTORY)
            list(APPEND VD_RUNTIME_DLL_DIRS ${dir} ${dir}/../bin)
        endif()
    endif()
endforeach()
foreach(dir ${LIBPQ_LIBRARY_DIRS} ${SECP256K1_LIBRARY_DIRS})
    list(APPEND VD_RUNTIME_DLL_DIRS ${dir} ${dir}/../bin)
endforeach()
list(REMOVE_DUPLICATES VD_RUNTIME_DLL_DIRS)
install(CODE "
    set(bin \"\${CMAKE_INSTALL_PREFIX}/bin\")
    execute_process(COMMAND \"${VD_WINDEPLOYQT}\" --release --no-compiler-runtime --no-opengl-sw
                            --translations en,fr --dir \"\${bin}\" \"\${bin}/voucherdesk.exe\"
                    COMMAND_ERROR_IS_FATAL ANY)
    # Non-Qt DLLs: every dependency of the exe and of the QPSQL plugin that windeployqt left out, resolved in the
    # dependency directories (vcpkg) only, never from C:/Windows.
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES \"\${bin}/voucherdesk.exe\"
        LIBRARIES \"\${bin}/sqldrivers/qsqlpsql.dll\"
        DIRECTORIES ${VD_RUNTIME_DLL_DIRS}
        PRE_EXCLUDE_REGEXES \"api-ms-.*\" \"ext-ms-.*\"
        POST_EXCLUDE_REGEXES \".*[/\\\\\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\\\\\].*\"
        RESOLVED_DEPENDENCIES_VAR deps
        UNRESOLVED_DEPENDENCIES_VAR missing)
    foreach(dll \${deps})
        file(INSTALL \"\${dll}\" DESTINATION \"\${bin}\")
    endforeach()
    foreach(name libpq.dll libcrypto-3-x64.dll libssl-3-x64.dll)
        if(NOT EXISTS \"\${bin}/\${name}\")
            message(FATAL_ERROR \"\${name} was not deployed (unresolved: \${missing})\")
        endif()
    endforeach()
")
# The MSVC runtime, once, as Microsoft's redistributable files.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)
