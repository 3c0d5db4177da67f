	.file	"crash_null.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	score_after.constprop.0, @function
score_after.constprop.0:
.LFB2:
	.cfi_startproc
	lwz 9,8(3)
	lwz 9,8(9)
	lwz 9,8(9)
	lwz 3,4(9)
	blr
	.cfi_endproc
.LFE2:
	.size	score_after.constprop.0,.-score_after.constprop.0
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"total"
	.align 2
.LC1:
	.string	" +3 -> "
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB1:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	lis 9,.LANCHOR0@ha
	li 8,100
	li 10,0
	stw 8,.LANCHOR0@l(9)
	mflr 0
	stw 30,24(1)
	lis 6,0x51eb
	.cfi_register 65, 0
	.cfi_offset 30, -8
	la 30,.LANCHOR0@l(9)
	li 9,11
	stw 0,36(1)
	ori 6,6,0x851f
	stw 29,20(1)
	li 8,37
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	li 7,101
	stw 10,4(30)
	mtctr 9
	addi 10,30,12
.L4:
	mulhwu 9,8,6
	stw 7,0(10)
	stw 10,-4(10)
	addi 7,7,1
	addi 10,10,12
	srwi 9,9,4
	mulli 9,9,50
	subf 9,9,8
	addi 8,8,37
	stw 9,-8(10)
	bdnz .L4
	li 9,0
	mr 31,30
	stw 9,140(30)
	li 29,0
.L5:
	lwz 9,4(31)
	lwz 3,0(31)
	add 29,29,9
	bl print_int
	li 3,58
	bl print_char
	lwz 3,4(31)
	bl print_int
	lwz 9,8(31)
	li 3,10
	cmpwi 0,9,0
	beq- 0,.L7
	li 3,32
.L7:
	rlwinm 3,3,0,0xff
	bl print_char
	lwz 31,8(31)
	cmpwi 0,31,0
	bne+ 0,.L5
	lis 3,.LC0@ha
	mr 4,29
	la 3,.LC0@l(3)
	lis 29,.LC1@ha
	mr 31,30
	bl show_int
	la 29,.LC1@l(29)
	li 30,12
.L8:
	lwz 3,0(31)
	bl print_int
	mr 3,29
	bl print_str
	mr 3,31
	bl score_after.constprop.0
	addi 31,31,12
	bl print_int
	bl print_nl
	addic. 30,30,-1
	bne+ 0,.L8
	lwz 0,36(1)
	li 3,0
	lwz 29,20(1)
	lwz 30,24(1)
	lwz 31,28(1)
	mtlr 0
	.cfi_restore 65
	addi 1,1,32
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE1:
	.size	main,.-main
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	recs, @object
	.size	recs, 144
recs:
	.zero	144
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
