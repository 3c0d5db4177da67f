# Start-up code for the gcc -S tests (profile linux-user): call main, exit with its result.
# Written with plain register numbers so that GNU as assembles it too (GCC's own binaries).
	.text
	.globl _start
_start:
	bl main
	li 0, 1          # exit(r3)
	sc
	.globl sys_write
sys_write:
	li 0, 4          # write(r3, r4, r5)
	sc
	blr
