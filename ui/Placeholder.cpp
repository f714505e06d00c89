namespace vd { int uiLinked() { return 1; } }
