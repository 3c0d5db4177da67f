	.file	"fxv_inline.c"
	.machine "440"
	.section	".text"
	.section	.rodata
	.align 4
	.type	a, @object
	.size	a, 16
a:
	.string	""
	.ascii	"\001\002\003dx\177\200\310\372\377\021\"3DU"
	.align 4
	.type	b, @object
	.size	b, 16
b:
	.ascii	"\005\377\376}\033\n\001\001d\n\001\310dM<+"
	.globl sum
	.lcomm	sum,16,16
	.type	sum, @object
	.globl clipped
	.lcomm	clipped,16,16
	.type	clipped, @object
	.section	".text"
	.align 2
	.type	vector_ops, @function
vector_ops:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	lis 9,a@ha
	la 9,a@l(9)
	lis 10,b@ha
	la 10,b@l(10)
	lis 8,sum@ha
	la 8,sum@l(8)
	lis 7,clipped@ha
	la 7,clipped@l(7)
	lwz 6,8(31)
#APP
 # 14 "fxv_inline.c" 1
	fxvlax 1, 0, 9
	fxvlax 2, 0, 10
	fxvaddbm 3, 1, 2
	fxvstax 3, 0, 8
	fxvsplatb 5, 6
	fxvcmpb 3
	fxvsel 4, 3, 5, lt
	fxvstax 4, 0, 7
	sync
 # 0 "" 2
#NO_APP
	nop
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	vector_ops,.-vector_ops
	.align 2
	.globl main
	.type	main, @function
main:
.LFB1:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	bl vector_ops
	li 9,0
	stw 9,8(31)
	li 9,0
	stw 9,12(31)
	b .L3
.L5:
	lis 9,a@ha
	la 10,a@l(9)
	lwz 9,12(31)
	lbzx 10,10,9
	lis 9,b@ha
	la 8,b@l(9)
	lwz 9,12(31)
	lbzx 9,8,9
	add 9,10,9
	stb 9,16(31)
	lbz 9,16(31)
	extsb 10,9
	cmpwi 0,10,0
	bge 0,.L4
	li 9,0
.L4:
	stb 9,17(31)
	lis 9,sum@ha
	la 10,sum@l(9)
	lwz 9,12(31)
	lbzx 9,10,9
	lbz 10,16(31)
	rlwinm 9,9,0,0xff
	xor 9,10,9
	addic 10,9,-1
	subfe 9,10,9
	rlwinm 10,9,0,0xff
	lis 9,clipped@ha
	la 8,clipped@l(9)
	lwz 9,12(31)
	lbzx 9,8,9
	lbz 8,17(31)
	rlwinm 9,9,0,0xff
	xor 9,8,9
	addic 8,9,-1
	subfe 9,8,9
	rlwinm 9,9,0,0xff
	add 9,10,9
	lwz 10,8(31)
	add 9,10,9
	stw 9,8(31)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L3:
	lwz 9,12(31)
	cmpwi 0,9,15
	ble 0,.L5
	lwz 9,8(31)
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
