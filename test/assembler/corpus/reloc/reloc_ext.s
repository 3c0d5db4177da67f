# Definitions for reloc.s (another file).
	.text
	.globl ext_func, ext_near
ext_near:
	nop
ext_func:
	blr
	.globl ext_abs
ext_abs = 0x1000
	.data
	.globl ext_data
	.long 0x11111111
ext_data:
	.long 0xdada
