	.text
	.p2align 4
	.globl helper
helper:	blr
	.globl weakfn
weakfn:	li 3, 2
	blr
	.section .rodata
	.p2align 3
	.long 0xbbbbbbbb
	.data
	.p2align 2
	.globl shared
shared:	.long 0x5a5a5a5a, common_buf, weakfn
	.comm common_buf, 20, 8
